package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunPlanning;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step parse: validates the run's stored revision and plans it. */
@Dependent
@Named("ParseArchitectureBatchlet")
public class ParseArchitectureBatchlet extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    RunPlanning planning;

    @Override
    public String process() {
        return "PARSED " + planning.parse(RunIds.of(job));
    }
}
