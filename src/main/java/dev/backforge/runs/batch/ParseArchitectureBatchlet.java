package dev.backforge.runs.batch;

import dev.backforge.runs.control.RunGeneration;
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
    RunGeneration runs;

    @Override
    public String process() {
        var plan = runs.prepare(RunIds.of(job));
        return "PLANNED " + plan.size();
    }
}
