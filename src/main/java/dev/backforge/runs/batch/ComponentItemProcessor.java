package dev.backforge.runs.batch;

import dev.backforge.runs.control.ModelWindow;
import dev.backforge.runs.control.RunGenerate;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Step generate, processor: the unit's files and their verification, from the window or asked of the core. */
@Dependent
@Named("ComponentItemProcessor")
public class ComponentItemProcessor implements ItemProcessor {

    @Inject
    JobContext job;

    @Inject
    RunGenerate generate;

    @Override
    public Object processItem(Object item) {
        ModelWindow.Ready ready = (ModelWindow.Ready) item;
        return new GeneratedComponent(ready.unit(), generate.generate(RunIds.of(job), ready));
    }
}
