package dev.backforge.pipeline.control;

import dev.backforge.architecture.control.ArchitectureLimits;
import dev.backforge.architecture.control.InvalidArchitectureException;
import dev.backforge.architecture.entity.Architecture;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.GenerationException;
import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.stacks.TargetStacks;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The generation pipeline: parse, plan, generate, verify, manifest, publish, one step each. The command line runs it
 * whole in memory ({@link #run}); the batch job runs the same steps one by one, with a checkpoint between.
 */
public final class Pipeline {

    /** Hears a run's progress: the plan once, then each component generated and verified, in plan order. */
    public interface Listener {
        void planned(GenerationContext context);

        void generated(int position, ComponentOutcome outcome);
    }

    /**
     * What a whole run produced: the components' outcomes, the project's files, every file (and manifest.json) by
     * path, and what the manifest counted.
     */
    public record Result(GenerationContext context, List<ComponentOutcome> outcomes, List<ComponentOutcome> project,
                         ManifestStep.Manifest manifest, Map<String, byte[]> files) {
    }

    private final ParseStep parse;
    private final PlanStep plan = new PlanStep();
    private final GenerateStep generate;
    private final VerifyStep verify;
    private final ManifestStep manifest = new ManifestStep();
    private final PublishStep publish = new PublishStep();
    private final TargetStacks stacks;

    public Pipeline(TargetStacks stacks, ArchitectureLimits limits) {
        this.stacks = stacks;
        this.parse = new ParseStep(stacks, limits);
        this.generate = new GenerateStep(stacks);
        this.verify = new VerifyStep(stacks);
    }

    public static Pipeline standard() {
        return new Pipeline(TargetStacks.STANDARD, ArchitectureLimits.DEFAULT);
    }

    public ParseStep parse() {
        return parse;
    }

    public PlanStep plan() {
        return plan;
    }

    public GenerateStep generate() {
        return generate;
    }

    public VerifyStep verify() {
        return verify;
    }

    public ManifestStep manifest() {
        return manifest;
    }

    public PublishStep publish() {
        return publish;
    }

    public TargetStacks stacks() {
        return stacks;
    }

    /**
     * Parses and plans the artifact, generates and verifies every component on {@code threads} threads (the
     * templates read only the validated architecture, so any order gives the same files), then writes the manifest.
     * Progress is reported, and outcomes returned, in plan order.
     */
    public Result run(byte[] artifact, String workflowId, int threads, Map<String, Long> timings, Listener listener)
            throws InvalidArchitectureException {
        long started = System.nanoTime();
        Architecture architecture = parse.validate(artifact);
        GenerationContext context = plan.plan(architecture, null, List.of());
        long planned = System.nanoTime();
        listener.planned(context);
        List<ComponentOutcome> outcomes = generateAll(context, threads, listener);
        List<ComponentOutcome> projectFiles = project(context, outcomes);
        timings.put("plan_ms", (planned - started) / 1_000_000);
        timings.put("generate_and_verify_ms", (System.nanoTime() - planned) / 1_000_000);
        var templates = stacks.of(architecture).templates();
        ManifestStep.Manifest m = manifest.write(architecture.architectureId(), workflowId, templates.name(),
                templates.version(), outcomes, projectFiles, timings);
        Map<String, byte[]> files = new LinkedHashMap<>();
        outcomes.forEach(o -> files.put(o.file().path(), o.file().content().getBytes(StandardCharsets.UTF_8)));
        projectFiles.forEach(o -> files.put(o.file().path(), o.file().content().getBytes(StandardCharsets.UTF_8)));
        files.put("manifest.json", m.text().getBytes(StandardCharsets.UTF_8));
        return new Result(context, outcomes, projectFiles, m, files);
    }

    /** The project around the components (build files, infrastructure, migrations, tests), each module verified. */
    public List<ComponentOutcome> project(GenerationContext context, List<ComponentOutcome> components) {
        List<GeneratedFile> files = stacks.of(context.architecture()).project().files(context,
                components.stream().map(ComponentOutcome::file).toList());
        List<ComponentOutcome> out = new ArrayList<>();
        for (GeneratedFile f : files) {
            out.add(new ComponentOutcome(null, f, verify.verifyProjectFile(context, f), 0));
        }
        return out;
    }

    /** One component: generated, then verified. */
    public ComponentOutcome generateAndVerify(GenerationContext context, PlannedComponent p)
            throws GenerationException {
        long started = System.nanoTime();
        GeneratedFile file = generate.generate(context, p);
        return new ComponentOutcome(p.component(), file, verify.verify(context, p.component(), file.content()),
                (System.nanoTime() - started) / 1_000_000);
    }

    private List<ComponentOutcome> generateAll(GenerationContext context, int threads, Listener listener) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "backforge-generate");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<ComponentOutcome>> futures = new ArrayList<>();
            for (PlannedComponent p : context.plan().components()) {
                futures.add(pool.submit(() -> generateAndVerify(context, p)));
            }
            List<ComponentOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                ComponentOutcome outcome = futures.get(i).get();
                outcomes.add(outcome);
                listener.generated(i, outcome);
            }
            return outcomes;
        } catch (ExecutionException e) {
            throw new IllegalStateException("generation failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
