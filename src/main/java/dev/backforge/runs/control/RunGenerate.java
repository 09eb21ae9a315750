package dev.backforge.runs.control;

import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.GenerationException;
import dev.backforge.generation.llm.control.LlmGenerator;
import dev.backforge.kernel.Hashes;
import dev.backforge.output.control.AtomicFiles;
import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.pipeline.control.Pipeline;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.runs.entity.ComponentResult;
import dev.backforge.runs.entity.ComponentState;
import dev.backforge.runs.entity.GeneratedRecord;
import dev.backforge.runs.entity.Run;
import dev.backforge.verification.entity.Finding;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Semaphore;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Step generate of a run: work units over what is not committed yet, each generated in memory (template components
 * generated and verified by the pipeline, model batches by the model, both ahead of the reader on managed threads),
 * then written and recorded in the chunk's transaction.
 */
@ApplicationScoped
public class RunGenerate {

    /** Reused components per work unit: a crash costs at most this many file copies again. */
    static final int REUSED_PER_UNIT = 100;

    @Inject
    RunStore store;

    @Inject
    RunReuse reuse;

    @Inject
    RunOwnership ownership;

    @Inject
    RunContexts contexts;

    @Inject
    Workspace workspace;

    @Inject
    LlmGeneration models;

    @Inject
    Pipeline pipeline;

    @Inject
    Event<ComponentCommitted> committed;

    @Inject
    Event<RunProgress> progress;

    @Resource
    ManagedExecutorService executor;

    @Inject
    CoreWorkers cores;

    /**
     * Reader: the work units of what is not committed yet (deterministic for the same state), model units running
     * ahead with {@code parallelism} calls on the wire at a time, template units generated ahead on the other cores.
     */
    public ModelWindow window(String runId, long executionId) throws IOException {
        Run run = store.get(runId);
        GenerationContext context = contexts.of(run.revisionId());
        // twice as many units under way as calls on the wire: one answer is checked while the next call is out
        Semaphore calls = new Semaphore(run.options().parallelism());
        return new ModelWindow(units(run, context, executionId), 2 * run.options().parallelism(), executor,
                unit -> model(run, context, unit, calls), CoreWorkers.AHEAD, cores.executor(),
                unit -> templates(context, unit));
    }

    private Iterator<WorkUnit> units(Run run, GenerationContext context, long executionId) throws IOException {
        String runId = run.id();
        Path output = workspace.runOutput(run.workflowId(), runId);
        // a crash between writing a file and renaming it leaves a temporary file: the folder holds what committed
        AtomicFiles.sweep(output);
        // a committed file is forced to disk only when the step ends (see settle): one lost to a power failure
        // before that is generated again
        List<ComponentResult> open = store.results(runId).stream()
                .filter(r -> r.state() != ComponentState.GENERATED || !onDisk(output, r)).toList();
        countUncommitted(output, open, executionId);
        // files the run before can give are copied, never a model's work: many to a unit, as copying is cheap
        List<Integer> copied = open.stream().filter(RunGenerate::reused).map(ComponentResult::position).toList();
        List<WorkUnit> units = new ArrayList<>();
        for (int from = 0; from < copied.size(); from += REUSED_PER_UNIT) {
            units.add(new WorkUnit(List.of(new WorkUnit.Batch(copied.subList(from, Math.min(copied.size(),
                    from + REUSED_PER_UNIT)), WorkUnit.Source.EARLIER_RUN, Map.of()))));
        }
        Iterator<WorkUnit> generated = models.units(run.workflowId(), context, run.options(), open.stream()
                .filter(r -> !reused(r)).map(ComponentResult::position).toList());
        return Stream.concat(units.stream(), StreamSupport.stream(Spliterators.spliteratorUnknownSize(generated,
                Spliterator.ORDERED), false)).iterator();
    }

    private static boolean onDisk(Path output, ComponentResult r) {
        try {
            return Hashes.sha256(Files.readString(output.resolve(r.filePath()), StandardCharsets.UTF_8))
                    .equals(r.sha256());
        } catch (IOException e) {
            return false;
        }
    }

    /** Processor: one work unit generated in memory; a component that gets no file is reported with its cause. */
    public UnitOutcome generate(String runId, ModelWindow.Ready ready) {
        Run run = store.get(runId);
        GenerationContext context = contexts.of(run.revisionId());
        WorkUnit unit = ready.unit();
        UnitOutcome outcome = ready.generated().orElseGet(() -> generate(run, context, unit));
        progress.fire(new RunProgress(runId, RunProgress.Stage.UNIT_GENERATED, unit.positions().stream()
                .map(String::valueOf).collect(Collectors.joining(","))));
        return outcome;
    }

    /** A template unit's files, verified as made (on any thread: it reads only the context); verify keeps these. */
    private UnitOutcome templates(GenerationContext context, WorkUnit unit) {
        Map<Integer, ComponentOutcome> outcomes = new TreeMap<>();
        Map<Integer, String> failures = new TreeMap<>();
        for (int position : unit.positions()) {
            try {
                outcomes.put(position, pipeline.generateAndVerify(context, context.plan().get(position)));
            } catch (GenerationException e) {
                failures.put(position, e.getMessage());
            }
        }
        return new UnitOutcome(outcomes, failures, outcomes.keySet());
    }

    /** A reused unit's files in memory, on the processor's thread (reading the earlier results it may mark). */
    private UnitOutcome generate(Run run, GenerationContext context, WorkUnit unit) {
        Map<Integer, ComponentOutcome> outcomes = new TreeMap<>();
        Map<Integer, String> failures = new TreeMap<>();
        for (WorkUnit.Batch batch : unit.batches()) {
            if (batch.source() != WorkUnit.Source.EARLIER_RUN) {
                // the window generates every template and model unit before the processor sees it
                throw new IllegalStateException("a " + batch.source() + " batch reached the processor ungenerated");
            }
            batch.positions().forEach(position -> takeEarlier(run, context.plan().get(position),
                    store.result(run.id(), position).orElseThrow(), outcomes, failures));
        }
        // copied as the run before committed them: the verify step checks them
        return new UnitOutcome(outcomes, failures, Set.of());
    }

    /** A model unit's files in memory, verified as they came, on one of the window's threads. */
    private UnitOutcome model(Run run, GenerationContext context, WorkUnit unit, Semaphore calls) {
        Map<Integer, ComponentOutcome> outcomes = new TreeMap<>();
        Map<Integer, String> failures = new TreeMap<>();
        Set<Integer> verified = new TreeSet<>();
        for (WorkUnit.Batch batch : unit.batches()) {
            UnitOutcome o = modelBatch(run, context, batch, calls);
            outcomes.putAll(o.outcomes());
            failures.putAll(o.failures());
            verified.addAll(o.verified());
        }
        return new UnitOutcome(outcomes, failures, verified);
    }

    private static boolean reused(ComponentResult r) {
        return RunReuse.REUSED.equals(r.origin());
    }

    /** The file the run before made from the same inputs: taken as it is, with no generation and no model call. */
    private void takeEarlier(Run run, PlannedComponent p, ComponentResult row, Map<Integer, ComponentOutcome> outcomes,
                             Map<Integer, String> failures) {
        try {
            outcomes.put(p.position(), new ComponentOutcome(p.component(), reuse.file(run.workflowId(),
                    row.reusedFrom(), p), List.of(), 0));
        } catch (IOException e) {
            // gone since the run was planned: the component fails now, and a restart generates it afresh
            row.origin(row.fingerprint(), RunReuse.REGENERATED, null);
            failures.put(p.position(), "the earlier file of " + p.id() + " is gone; restart the run to generate it");
        }
    }

    private UnitOutcome modelBatch(Run run, GenerationContext context, WorkUnit.Batch batch, Semaphore calls) {
        List<PlannedComponent> planned = batch.positions().stream().map(p -> context.plan().get(p)).toList();
        LlmGenerator.BatchResult result;
        try {
            result = models.generator(run, context, calls).generate(context, planned, batch.drafts());
        } catch (RuntimeException e) {
            // whatever went wrong with the batch is its components' failure, not the step's
            Map<Integer, String> failed = new TreeMap<>();
            batch.positions().forEach(p -> failed.put(p, "the batch failed: " + e));
            return new UnitOutcome(Map.of(), failed, Set.of());
        }
        Map<Integer, ComponentOutcome> outcomes = new TreeMap<>();
        Map<Integer, String> failures = new TreeMap<>();
        for (ComponentOutcome o : result.outcomes()) {
            planned.stream().filter(p -> p.id().equals(o.component().id())).findFirst()
                    .ifPresent(p -> outcomes.put(p.position(), o));
        }
        result.failures().forEach((id, cause) -> planned.stream().filter(p -> p.id().equals(id)).findFirst()
                .ifPresent(p -> failures.put(p.position(), cause)));
        return new UnitOutcome(outcomes, failures, outcomes.keySet());
    }

    /**
     * Writer: each file on disk (atomically) and its result, or the failure, in the chunk's transaction, with the
     * attempt. An attempt whose chunk never committed is counted from its file when the step next starts
     * ({@link #countUncommitted}).
     */
    public void commit(String runId, UnitOutcome unit, long executionId) throws IOException {
        ownership.check(runId);
        Path output = workspace.runOutput(store.get(runId).workflowId(), runId);
        for (var e : unit.outcomes().entrySet()) {
            commit(runId, output, e.getKey(), e.getValue(), unit.verified().contains(e.getKey()), executionId);
        }
        unit.failures().forEach((position, cause) -> failed(runId, position, cause, executionId));
    }

    private void commit(String runId, Path output, int position, ComponentOutcome o, boolean verified,
                        long executionId)
            throws IOException {
        GeneratedFile f = o.file();
        store.attempted(runId, f.componentId(), executionId);
        AtomicFiles.writeUnforced(output, f.path(), f.content().getBytes(StandardCharsets.UTF_8));
        store.generated(runId, position, record(o, verified));
        committed.fire(new ComponentCommitted(runId, f.componentId(), f.tokens().prompt(), f.tokens().completion()));
    }

    /** What a component's row keeps of its file; the findings only when they were made for these bytes. */
    static GeneratedRecord record(ComponentOutcome o, boolean verified) {
        GeneratedFile f = o.file();
        long errors = o.findings().stream().filter(Finding::isError).count();
        return new GeneratedRecord(Hashes.sha256(f.content()), f.lineCount(), f.implemented().size(),
                f.stubs().size(), (int) errors, (int) (o.findings().size() - errors), o.millis(), f.tokens().prompt(),
                f.tokens().completion(), verified ? StoredResults.findingsJson(o.findings()) : null,
                StoredResults.stubsJson(f.stubs()), f.description(), StoredResults.listJson(f.dependenciesUsed()),
                StoredResults.listJson(f.implemented()));
    }

    /** A component that got no file: its cause and the attempt (from the skip listener and the writer). */
    public void failed(String runId, int position, String cause, long executionId) {
        store.failed(runId, position, cause, executionId);
    }

    /**
     * A file in the run's folder whose component has not committed was written by a chunk that a crash or a kill
     * cut short: that attempt is recorded for the execution that made it (in its own transaction), then the file is
     * removed, so a second crash before the component commits does not count it again.
     */
    private void countUncommitted(Path output, List<ComponentResult> open, long executionId) throws IOException {
        Long madeBy = null;
        for (ComponentResult r : open) {
            Path file = output.resolve(r.filePath());
            if (r.state() != ComponentState.GENERATED && Files.exists(file)) {
                madeBy = madeBy != null ? madeBy : executionBefore(r.runId(), executionId);
                store.attempt(r.runId(), r.componentId(), madeBy);
                Files.deleteIfExists(file);
            }
        }
    }

    /** The execution that wrote such a file: the one before this (which may not be registered yet when it starts). */
    private long executionBefore(String runId, long executionId) {
        List<Long> executions = store.executions(runId);
        int at = executions.indexOf(executionId);
        return at > 0 ? executions.get(at - 1) : at < 0 && !executions.isEmpty() ? executions.get(executions.size() - 1)
                : executionId;
    }
}
