package dev.backforge.cli;

import dev.backforge.kernel.WorkflowIds;
import java.nio.file.Path;

/**
 * The command line: {@code generate ARTIFACT.json (--out DIR | --into DIR [--markers]) [--workflow ID] [--threads N]}
 * and {@code plan ARTIFACT.json --into DIR}. {@code --out} writes the tree; {@code --into} merges it into a folder
 * people work in, keeping their edits; {@code plan} says what {@code --into} would do, writing nothing.
 */
record CliOptions(String command, Path artifact, Path out, boolean into, boolean markers, String workflow,
                  int threads) {

    static final String USAGE = "usage: java -jar backforge-cli.jar generate ARTIFACT.json (--out DIR | --into DIR "
            + "[--markers]) [--workflow ID] [--threads N]\n       java -jar backforge-cli.jar plan ARTIFACT.json "
            + "--into DIR";

    static CliOptions parse(String[] args) {
        if (args.length == 0 || !args[0].equals("generate") && !args[0].equals("plan")) {
            throw new IllegalArgumentException("the commands are generate, plan, launch, user add and synth");
        }
        Path artifact = null;
        Path out = null;
        boolean into = false;
        boolean markers = false;
        String workflow = "default";
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
                case "--into" -> {
                    out = Path.of(value(args, ++i, "--into"));
                    into = true;
                }
                case "--markers" -> markers = true;
                case "--workflow" -> workflow = value(args, ++i, "--workflow");
                case "--threads" -> threads = Integer.parseInt(value(args, ++i, "--threads"));
                default -> {
                    if (args[i].startsWith("--") || artifact != null) {
                        throw new IllegalArgumentException("unexpected argument " + args[i]);
                    }
                    artifact = Path.of(args[i]);
                }
            }
        }
        if (artifact == null || out == null) {
            throw new IllegalArgumentException("ARTIFACT.json and --out DIR or --into DIR are required");
        }
        if (args[0].equals("plan") && !into) {
            throw new IllegalArgumentException("plan compares with a folder: --into DIR");
        }
        if (!WorkflowIds.valid(workflow)) {
            throw new IllegalArgumentException("--workflow must be letters, digits, '.', '_' or '-'");
        }
        return new CliOptions(args[0], artifact, out, into, markers, workflow, Math.max(1, threads));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
