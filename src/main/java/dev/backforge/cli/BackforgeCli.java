package dev.backforge.cli;

import dev.backforge.architecture.control.ArchitectureReader;
import dev.backforge.architecture.control.InvalidArchitectureException;
import dev.backforge.architecture.entity.Architecture;
import dev.backforge.architecture.entity.RuleViolation;
import dev.backforge.artifacts.control.AtomicFiles;
import dev.backforge.artifacts.control.ManifestWriter;
import dev.backforge.artifacts.entity.ComponentOutcome;
import dev.backforge.generation.control.ComponentGeneration;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.ParallelGeneration;
import dev.backforge.generation.template.python.TemplateGenerator;
import dev.backforge.planning.control.Planner;
import dev.backforge.planning.entity.Plan;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar backforge-cli.jar generate ARTIFACT.json --out DIR [--workflow ID]}: the generation core without
 * a server. Exit codes: 0 generated and verified, 1 verification found errors (files written, findings in the
 * manifest), 2 the artifact is invalid (nothing written), 64 wrong usage.
 */
public final class BackforgeCli {

    private final PrintStream out;
    private final PrintStream err;

    BackforgeCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new BackforgeCli(System.out, System.err).run(args));
    }

    int run(String[] args) {
        if (args.length > 0 && args[0].equals("launch")) {
            return launch(args);
        }
        if (args.length > 0 && args[0].equals("hash-password")) {
            return hashPassword();
        }
        if (args.length > 0 && args[0].equals("synth")) {
            return synth(args);
        }
        CliOptions options;
        try {
            options = CliOptions.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("backforge: " + e.getMessage());
            err.println(CliOptions.USAGE);
            return 64;
        }
        try {
            return generate(options);
        } catch (InvalidArchitectureException e) {
            err.println("backforge: " + options.artifact() + " is not a valid architecture artifact ("
                    + e.violations().size() + " problem" + (e.violations().size() == 1 ? "" : "s") + "):");
            for (RuleViolation v : e.violations()) {
                err.println("  [" + v.rule() + "] " + (v.pointer().isEmpty() ? "(document)" : v.pointer()) + ": "
                        + v.message());
            }
            err.println("nothing was written");
            return 2;
        } catch (IOException e) {
            err.println("backforge: " + e.getMessage());
            return 74;
        }
    }

    /** Reads a password from standard input and prints its PBKDF2 hash for backforge.security.password-hash.*. */
    private int hashPassword() {
        try {
            java.io.Console console = System.console();
            char[] password = console != null ? console.readPassword("password: ")
                    : new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                    java.nio.charset.StandardCharsets.UTF_8)).readLine().toCharArray();
            if (password.length == 0) {
                err.println("backforge: an empty password cannot be hashed");
                return 64;
            }
            out.println(dev.backforge.security.control.PasswordHashes.hash(password));
            return 0;
        } catch (IOException | NullPointerException e) {
            err.println("backforge: no password on standard input");
            return 64;
        }
    }

    /** {@code synth N [--chain] [--seed S]}: a synthetic artifact of about N components on standard output. */
    private int synth(String[] args) {
        try {
            int n = Integer.parseInt(args[1]);
            boolean chain = false;
            long seed = 7;
            for (int i = 2; i < args.length; i++) {
                switch (args[i]) {
                    case "--chain" -> chain = true;
                    case "--seed" -> seed = Long.parseLong(args[++i]);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            out.println(SynthArtifact.of(n, chain, seed).toPrettyString());
            return 0;
        } catch (RuntimeException e) {
            err.println("backforge: " + e.getMessage());
            err.println("usage: java -jar backforge-cli.jar synth N [--chain] [--seed S]");
            return 64;
        }
    }

    private int launch(String[] args) {
        java.nio.file.Path artifact = null;
        String server = "http://localhost:8080/";
        String user = System.getenv("BACKFORGE_USER");
        String password = System.getenv("BACKFORGE_PASSWORD");
        String workflow = "demo";
        Integer itemCount = null;
        try {
            for (int i = 1; i < args.length; i++) {
                switch (args[i]) {
                    case "--server" -> server = args[++i];
                    case "--workflow" -> workflow = args[++i];
                    case "--item-count" -> itemCount = Integer.parseInt(args[++i]);
                    case "--user" -> user = args[++i];
                    default -> artifact = java.nio.file.Path.of(args[i]);
                }
            }
            if (artifact == null) {
                throw new IllegalArgumentException("ARTIFACT.json is required");
            }
            if (!server.endsWith("/")) {
                server += "/";
            }
            String authorization = user == null ? null : "Basic " + java.util.Base64.getEncoder().encodeToString(
                    (user + ":" + (password == null ? "" : password)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new LaunchCommand(out, err, authorization).run(artifact, java.net.URI.create(server), workflow,
                    itemCount);
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            err.println("backforge: " + e.getMessage());
            err.println("usage: java -jar backforge-cli.jar launch ARTIFACT.json [--server URL] [--workflow ID] "
                    + "[--item-count N] [--user NAME]   (password in BACKFORGE_PASSWORD)");
            return 64;
        } catch (IOException e) {
            err.println("backforge: cannot reach the server: " + e);
            return 69;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private int generate(CliOptions o) throws InvalidArchitectureException, IOException {
        long started = System.nanoTime();
        Architecture architecture = new ArchitectureReader().read(Files.readAllBytes(o.artifact()));
        Plan plan = new Planner().plan(architecture);
        long planned = System.nanoTime();
        out.printf("backforge: %s, %d backend components in %d dependency levels%n",
                architecture.architectureId(), plan.size(), plan.levels());
        GenerationContext context = GenerationContext.of(architecture, plan);
        ComponentGeneration generation = new ComponentGeneration(new TemplateGenerator());
        List<ComponentOutcome> outcomes = new ParallelGeneration(generation, o.threads())
                .run(context, plan, outcome -> out.printf("  [%4d/%d] %-12s %-10s %s%s%n",
                        outcome.position() + 1, plan.size(), outcome.outcome().component().id(),
                        outcome.outcome().component().type(), outcome.outcome().file().path(),
                        describe(outcome.outcome())));
        long generated = System.nanoTime();
        for (ComponentOutcome outcome : outcomes) {
            AtomicFiles.write(o.out(), outcome.file().path(), outcome.file().content());
        }
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("plan_ms", (planned - started) / 1_000_000);
        timings.put("generate_and_verify_ms", (generated - planned) / 1_000_000);
        var manifest = ManifestWriter.build(new ManifestWriter.Input(architecture.architectureId(), o.workflow(),
                TemplateGenerator.NAME, TemplateGenerator.VERSION, outcomes, timings));
        AtomicFiles.write(o.out(), "manifest.json", ManifestWriter.render(manifest));
        long errors = outcomes.stream().mapToLong(ComponentOutcome::errors).sum();
        var meta = manifest.get("metadata");
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("backforge: wrote %d files (%d lines) and manifest.json to %s in %.2f s (%.0f components/s)%n",
                outcomes.size(), meta.get("total_lines").asLong(), o.out().toAbsolutePath(), seconds,
                outcomes.size() / seconds);
        out.printf("backforge: %d methods implemented, %d stubbed; verification: %d errors, %d warnings%n",
                meta.get("methods_implemented").asLong(), meta.get("stubbed_methods").size(), errors,
                meta.get("verification").get("warnings").asLong());
        if (errors > 0) {
            outcomes.forEach(x -> x.findings().stream().filter(f -> f.isError()).forEach(f -> err.println("  " + f)));
            return 1;
        }
        return 0;
    }

    private static String describe(ComponentOutcome o) {
        String stubs = o.file().stubs().isEmpty() ? "" : ", " + o.file().stubs().size() + " stubbed";
        String errors = o.errors() == 0 ? "" : ", " + o.errors() + " verification errors";
        return " (" + o.file().lineCount() + " lines" + stubs + errors + ")";
    }
}
