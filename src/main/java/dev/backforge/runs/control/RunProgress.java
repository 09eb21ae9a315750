package dev.backforge.runs.control;

/**
 * A CDI event at each boundary a run passes: a step starts, a unit of components is generated (before its commit),
 * a file is verified, a file is published. Observers must be quick; they run on the job's thread.
 *
 * @param detail the step's name, the unit's plan positions (comma-separated), or the file's path
 */
public record RunProgress(String runId, Stage stage, String detail) {

    public enum Stage {
        STEP_STARTED, UNIT_GENERATED, FILE_VERIFIED, FILE_PUBLISHED
    }
}
