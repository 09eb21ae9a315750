package dev.backforge.cluster.entity;

/**
 * This server learned that the cluster declared it gone (its heartbeat had stopped reaching the store): the runs of
 * {@code formerId} now belong to others, so whatever it still executes under that identity must stop.
 */
public record InstanceFenced(String formerId) {
}
