package dev.backforge.runs.control;

import dev.backforge.architecture.entity.Component;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.GenerationException;
import dev.backforge.generation.llm.control.BatchReuse;
import dev.backforge.generation.llm.control.LlmGenerator;
import dev.backforge.generation.llm.control.PromptWriter;
import dev.backforge.generation.llm.control.ResponseCache;
import dev.backforge.generation.llm.control.Routing;
import dev.backforge.generation.llm.entity.LlmResponse;
import dev.backforge.llmclient.control.AnswerCache;
import dev.backforge.llmclient.control.LlmTurns;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.pipeline.control.Pipeline;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunOptions;
import dev.backforge.stacks.spi.TargetStack;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Semaphore;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The routing of a run's components between the template generator and the model, their packing into batches, and
 * the model's calls through the fault-tolerant gateway and the durable answer cache.
 */
@ApplicationScoped
public class LlmGeneration {

    @Inject
    LlmTurns turns;

    @Inject
    AnswerCache answers;

    @Inject
    Pipeline pipeline;

    /**
     * The work units for the pending positions: template components one by one, each model batch on its own (the
     * generate step's window keeps {@code parallelism} of their calls on the wire at a time), packed so that what the
     * workflow's cache answers is not sent again. The template units come first; the model's are packed as they are
     * taken, so the first call goes out before the last batch is decided.
     */
    public Iterator<WorkUnit> units(String workflowId, GenerationContext context, RunOptions options,
                                    List<Integer> pending) {
        List<WorkUnit> templates = new ArrayList<>();
        if (!options.usesModel()) {
            pending.forEach(p -> templates.add(single(p)));
            return templates.iterator();
        }
        Routing routing = Routing.of(options.generator());
        List<PlannedComponent> forModel = new ArrayList<>();
        Map<String, String> drafts = drafts(context, routing, pending);
        for (int position : pending) {
            PlannedComponent p = context.plan().get(position);
            if (routing.byModel(p.component().kind()) && (!routing.withDrafts() || drafts.containsKey(p.id()))) {
                forModel.add(p);
            } else {
                templates.add(single(position));
            }
        }
        PromptWriter prompts = new PromptWriter(context, options.llm(), stack(context).prompts());
        Iterator<List<PlannedComponent>> batches = BatchReuse.stream(options.llm(), forModel, drafts, prompts,
                cache(workflowId));
        Stream<WorkUnit> models = StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches,
                Spliterator.ORDERED), false).map(b -> modelUnit(b, drafts));
        return Stream.concat(templates.stream(), models).iterator();
    }

    private static WorkUnit modelUnit(List<PlannedComponent> batch, Map<String, String> drafts) {
        Map<String, String> batchDrafts = new LinkedHashMap<>();
        batch.stream().filter(p -> drafts.containsKey(p.id()))
                .forEach(p -> batchDrafts.put(p.id(), drafts.get(p.id())));
        return new WorkUnit(List.of(new WorkUnit.Batch(batch.stream().map(PlannedComponent::position).toList(),
                WorkUnit.Source.MODEL, batchDrafts)));
    }

    /** In hybrid mode, the template's file for each model-routed component that still has stubs. */
    private Map<String, String> drafts(GenerationContext context, Routing routing, List<Integer> positions) {
        Map<String, String> drafts = new LinkedHashMap<>();
        if (!routing.withDrafts()) {
            return drafts;
        }
        for (int position : positions) {
            PlannedComponent p = context.plan().get(position);
            if (routing.byModel(p.component().kind())) {
                draft(context, p).filter(f -> !f.stubs().isEmpty()).ifPresent(f -> drafts.put(p.id(), f.content()));
            }
        }
        return drafts;
    }

    private Optional<GeneratedFile> draft(GenerationContext context, PlannedComponent p) {
        try {
            return Optional.of(pipeline.generate().generate(context, p));
        } catch (GenerationException e) {
            return Optional.empty();
        }
    }

    /**
     * The generator of one run's model batches, bound to the run's workflow cache; a call holds one of {@code calls}
     * while it is on the wire, so parsing and verifying an answer does not keep the next call waiting.
     */
    public LlmGenerator generator(Run run, GenerationContext context, Semaphore calls) {
        return new LlmGenerator(request -> {
            acquire(calls);
            try {
                return turns.send(request);
            } finally {
                calls.release();
            }
        }, cache(run.workflowId()), run.options().llm(),
                (Component c, String content) -> pipeline.verify().verify(context, c, content),
                p -> {
                    try {
                        return pipeline.generate().generate(context, p);
                    } catch (GenerationException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                }, stack(context).prompts());
    }

    private static void acquire(Semaphore slots) {
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted before the call", e);
        }
    }

    /** The workflow's durable answers. */
    private ResponseCache cache(String workflow) {
        return new ResponseCache() {
            @Override
            public Optional<LlmResponse> get(String key) {
                return answers.get(workflow, key);
            }

            @Override
            public void put(String key, LlmResponse response) {
                try {
                    answers.put(workflow, key, response);
                } catch (RuntimeException e) {
                    // another execution stored the same answer first: the cache holds it either way
                }
            }

            @Override
            public Set<String> known(Collection<String> keys) {
                return answers.known(workflow, keys);
            }
        };
    }

    private TargetStack stack(GenerationContext context) {
        return pipeline.stacks().of(context.architecture());
    }

    /** A component the template generator writes on its own. */
    private static WorkUnit single(int position) {
        return new WorkUnit(List.of(new WorkUnit.Batch(List.of(position), WorkUnit.Source.TEMPLATE, Map.of())));
    }
}
