package dev.backforge.cluster.entity;

/** Where an instance is: alive while its heartbeat is fresh, then left (it said goodbye) or dead (it went quiet). */
public enum InstanceState {
    ALIVE, LEFT, DEAD
}
