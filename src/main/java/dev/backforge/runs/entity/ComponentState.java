package dev.backforge.runs.entity;

/** A component within a run: not yet committed, committed with its file, or given up. */
public enum ComponentState {
    PENDING, GENERATED, FAILED
}
