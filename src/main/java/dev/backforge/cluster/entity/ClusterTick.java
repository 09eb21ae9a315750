package dev.backforge.cluster.entity;

/**
 * Fired on every heartbeat, after instances that went quiet were declared dead: the moment to take over their runs
 * and to claim queued ones. {@code instanceId} is this server's identity at that moment.
 */
public record ClusterTick(String instanceId) {
}
