package dev.backforge.runs.control;

/** A CDI event as a component's file and result are committed: observers may count it once the chunk commits. */
public record ComponentCommitted(String runId, String componentId, long promptTokens, long completionTokens) {
}
