package dev.backforge.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs ../shared/tools/check-python-output.sh, the independent judge of generated Python (CPython's compiler,
 * pyflakes, mypy against the real libraries, and an import of every module).
 */
public final class PythonCheck {

    private static final Pattern SUMMARY = Pattern.compile("python-check: (.*)$", Pattern.MULTILINE);
    private static boolean prepared;

    /** The summary counters and the full output. */
    public record Result(Map<String, String> counts, String output) {
        public int count(String name) {
            return Integer.parseInt(counts.getOrDefault(name, "-1"));
        }
    }

    private PythonCheck() {
    }

    public static Result run(Path dir) throws IOException, InterruptedException {
        prepare();
        String output = exec(List.of("bash", Examples.shared().resolve("tools/check-python-output.sh").toString(),
                dir.toString()), 900);
        Matcher m = SUMMARY.matcher(output);
        Map<String, String> counts = new LinkedHashMap<>();
        String last = null;
        while (m.find()) {
            last = m.group(1);
        }
        if (last == null) {
            throw new IllegalStateException("no summary from check-python-output.sh:\n" + output);
        }
        for (String pair : last.trim().split("\\s+")) {
            String[] kv = pair.split("=", 2);
            counts.put(kv[0], kv[1]);
        }
        return new Result(counts, output);
    }

    /**
     * The generated code depends on sqlalchemy[asyncio] (its requirements.txt says so), whose asyncio extension
     * needs greenlet at import time; the checker's environment does not install it on its own.
     */
    private static synchronized void prepare() throws IOException, InterruptedException {
        if (prepared) {
            return;
        }
        Path empty = Files.createTempDirectory("pycheck-warmup");
        Files.writeString(empty.resolve("warmup.py"), "\"\"\"Warm-up.\"\"\"\n");
        exec(List.of("bash", Examples.shared().resolve("tools/check-python-output.sh").toString(), empty.toString()), 900);
        String cache = System.getenv().getOrDefault("XDG_CACHE_HOME", System.getProperty("user.home") + "/.cache");
        Path venv = Path.of(System.getenv().getOrDefault("PYCHECK_VENV", cache + "/backforge-pycheck/venv"));
        Path python = venv.resolve("bin/python");
        if (Files.isExecutable(python) && exitCode(List.of(python.toString(), "-c", "import greenlet")) != 0) {
            List<String> pip = new java.util.ArrayList<>(List.of(python.toString(), "-m", "pip", "install", "-q"));
            if (Files.isDirectory(Path.of("/opt/pypi/simple"))) {
                pip.addAll(List.of("--index-url", "file:///opt/pypi/simple"));
            }
            pip.add("greenlet");
            exec(pip, 300);
        }
        prepared = true;
    }

    private static int exitCode(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    private static String exec(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
