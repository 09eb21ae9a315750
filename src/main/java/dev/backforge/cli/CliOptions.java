package dev.backforge.cli;

import dev.backforge.kernel.WorkflowIds;
import java.nio.file.Path;

/** The command line: {@code generate ARTIFACT.json --out DIR [--workflow ID] [--threads N]}. */
record CliOptions(Path artifact, Path out, String workflow, int threads) {

    static final String USAGE = "usage: java -jar backforge-cli.jar generate ARTIFACT.json --out DIR "
            + "[--workflow ID] [--threads N]";

    static CliOptions parse(String[] args) {
        if (args.length == 0 || !args[0].equals("generate")) {
            throw new IllegalArgumentException("the commands are generate, launch, user add and synth");
        }
        Path artifact = null;
        Path out = null;
        String workflow = "default";
        int threads = Runtime.getRuntime().availableProcessors();
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(value(args, ++i, "--out"));
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
            throw new IllegalArgumentException("ARTIFACT.json and --out DIR are required");
        }
        if (!WorkflowIds.valid(workflow)) {
            throw new IllegalArgumentException("--workflow must be letters, digits, '.', '_' or '-'");
        }
        return new CliOptions(artifact, out, workflow, Math.max(1, threads));
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }
}
