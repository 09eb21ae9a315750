package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunLifecycle;
import dev.backforge.runs.control.RunPublish;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Step manifest: writes manifest.json and publishes the run's files, then applies the run's verification policy:
 * with policy "fail", verification errors end the run as VERIFICATION_FAILED (files stay in the run's folder).
 */
@Dependent
@Named("ManifestBatchlet")
public class ManifestBatchlet extends AbstractBatchlet {

    static final String VERIFICATION_FAILED = "VERIFICATION_FAILED";
    static final String COMPLETED_WITH_CONFLICTS = "COMPLETED_WITH_CONFLICTS";

    @Inject
    JobContext job;

    @Inject
    RunPublish publish;

    @Inject
    RunLifecycle lifecycle;

    @Override
    public String process() throws Exception {
        String runId = RunIds.of(job);
        RunPublish.Published published = publish.manifest(runId);
        long errors = published.errors();
        if (errors > 0 && lifecycle.run(runId).options().failOnVerificationErrors()) {
            lifecycle.cause(runId, "verification found " + errors + " errors; the files are in the run's folder, "
                    + "not published (policy: fail)");
            return VERIFICATION_FAILED;
        }
        // people's edits that clash with the new output: theirs stay, the new files are beside them
        return published.conflicts() > 0 ? COMPLETED_WITH_CONFLICTS : "COMPLETED";
    }
}
