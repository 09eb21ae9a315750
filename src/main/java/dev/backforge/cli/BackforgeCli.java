package dev.backforge.cli;

import dev.backforge.architecture.control.InvalidArchitectureException;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.kernel.RuleViolation;
import dev.backforge.output.control.TreeMerge;
import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.pipeline.control.Pipeline;
import dev.backforge.security.control.PasswordHashes;
import dev.backforge.security.control.UserLines;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar backforge-cli.jar generate ARTIFACT.json --out DIR [--workflow ID]}: the generation core without
 * a server ({@code --into DIR} merges with people's edits there, {@code plan} says what that would do). Exit codes:
 * 0 generated and verified, 1 verification found errors (files written, findings in the manifest), 2 the artifact
 * is invalid (nothing written), 3 merged with conflicts, 64 wrong usage.
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
        if (args.length > 0 && args[0].equals("user")) {
            return addUser(args);
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

    /**
     * {@code user add NAME --role operator|viewer --file PATH}: reads the password (from the terminal, or the first
     * line of standard input) and writes the user's PBKDF2 hash into the users file, created private (0600).
     */
    private int addUser(String[] args) {
        String usage = "usage: java -jar backforge-cli.jar user add NAME --role operator|viewer --file USERS_FILE "
                + "(the password from the terminal or standard input)";
        if (args.length != 7 || !args[1].equals("add") || !args[3].equals("--role") || !args[5].equals("--file")) {
            err.println(usage);
            return 64;
        }
        try {
            Console console = System.console();
            String line = console != null ? new String(console.readPassword("password for " + args[2] + ": "))
                    : new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                err.println("backforge: no password given");
                return 64;
            }
            UserLines.add(Path.of(args[6]), args[2], args[4], PasswordHashes.hash(line.toCharArray()));
            out.println("backforge: " + args[2] + " (" + args[4] + ") is in " + args[6]);
            return 0;
        } catch (IllegalArgumentException e) {
            err.println("backforge: " + e.getMessage());
            return 64;
        } catch (IOException e) {
            err.println("backforge: the users file cannot be written: " + e.getMessage());
            return 74;
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
        Path artifact = null;
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
                    default -> artifact = Path.of(args[i]);
                }
            }
            if (artifact == null) {
                throw new IllegalArgumentException("ARTIFACT.json is required");
            }
            if (!server.endsWith("/")) {
                server += "/";
            }
            String authorization = user == null ? null : "Basic " + Base64.getEncoder().encodeToString(
                    (user + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
            return new LaunchCommand(out, err, authorization).run(artifact, URI.create(server), workflow,
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
        Pipeline pipeline = Pipeline.standard();
        byte[] artifact = Files.readAllBytes(o.artifact());
        Map<String, Long> timings = new LinkedHashMap<>();
        Pipeline.Result result = pipeline.run(artifact, o.workflow(), o.threads(), timings, new Pipeline.Listener() {
            private int size;

            @Override
            public void planned(GenerationContext context) {
                size = context.plan().size();
                out.printf("backforge: %s, %d backend components in %d dependency levels%n",
                        context.architecture().architectureId(), size, context.plan().levels());
            }

            @Override
            public void generated(int position, ComponentOutcome outcome) {
                out.printf("  [%4d/%d] %-12s %-10s %s%s%n", position + 1, size, outcome.component().id(),
                        outcome.component().type(), outcome.file().path(), describe(outcome));
            }
        });
        List<ComponentOutcome> outcomes = result.outcomes();
        if (o.into()) {
            var style = o.markers() ? TreeMerge.Conflicts.MARKERS : TreeMerge.Conflicts.BESIDE;
            boolean dryRun = o.command().equals("plan");
            // the manifest is Backforge's record of this generation, not a file people edit: written, not merged
            Map<String, byte[]> files = new LinkedHashMap<>(result.files());
            byte[] manifest = files.remove("manifest.json");
            TreeMerge.Plan merge = pipeline.publish().merge(o.out(), files, style, dryRun);
            if (!dryRun) {
                pipeline.publish().write(o.out(), Map.of("manifest.json", manifest));
            }
            return MergeReport.print(merge, dryRun, style, out);
        }
        pipeline.publish().write(o.out(), result.files());
        var meta = result.manifest();
        long lines = outcomes.stream().mapToLong(x -> x.file().lineCount()).sum();
        long implemented = outcomes.stream().mapToLong(x -> x.file().implemented().size()).sum();
        long stubbed = outcomes.stream().mapToLong(x -> x.file().stubs().size()).sum();
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf("backforge: wrote %d files (%d lines) and manifest.json to %s in %.2f s (%.0f components/s)%n",
                outcomes.size(), lines, o.out().toAbsolutePath(), seconds, outcomes.size() / seconds);
        out.printf("backforge: %d methods implemented, %d stubbed; verification: %d errors, %d warnings%n",
                implemented, stubbed, meta.errors(), meta.warnings());
        if (meta.errors() > 0) {
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
