package dev.backforge.support;

import dev.backforge.kernel.Hashes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A Python virtual environment with a given set of requirements, made once and kept under
 * {@code ~/.cache/backforge-python/} (one per set). Packages come from the index pip is configured with
 * ({@code PIP_INDEX_URL} and pip's own configuration), or from a package index on this machine's disk under
 * {@code /opt/pypi*}. When they cannot be installed this fails: a weaker check would pass what it cannot judge.
 */
public final class PythonEnv {

    private final Path home;

    private PythonEnv(Path home) {
        this.home = home;
    }

    public Path python() {
        return home.resolve("bin/python");
    }

    public Path home() {
        return home;
    }

    /** The environment for these requirements (pip specifiers), made if it does not exist yet. */
    public static synchronized PythonEnv of(List<String> requirements) throws IOException, InterruptedException {
        TreeSet<String> sorted = new TreeSet<>(requirements);
        String key = Hashes.sha256(String.join("\n", sorted)).substring(0, 16);
        String cache = System.getenv().getOrDefault("XDG_CACHE_HOME", System.getProperty("user.home") + "/.cache");
        Path home = Path.of(cache, "backforge-python", "venv-" + key);
        Path ready = home.resolve(".backforge-ready");
        if (Files.exists(ready)) {
            return new PythonEnv(home);
        }
        Files.createDirectories(home.getParent());
        Path building = home.resolveSibling(home.getFileName() + ".building-" + ProcessHandle.current().pid());
        Processes.run(List.of("python3", "-m", "venv", building.toString()), null, 120);
        List<String> pip = new ArrayList<>(List.of(building.resolve("bin/python").toString(), "-m", "pip", "install",
                "-q", "--disable-pip-version-check", "--retries", "1", "--timeout", "20"));
        pip.addAll(indexOptions());
        pip.addAll(sorted);
        Processes.Result r = Processes.run(pip, null, 900);
        if (r.exit() != 0) {
            throw new IllegalStateException("the Python packages " + sorted + " could not be installed (set "
                    + "PIP_INDEX_URL to an index that has them):\n" + r.output());
        }
        Files.writeString(building.resolve(".backforge-ready"), String.join("\n", sorted), StandardCharsets.UTF_8);
        try {
            Files.move(building, home);
        } catch (IOException e) {
            // another process made it at the same moment: theirs is as good
            Processes.run(List.of("rm", "-rf", building.toString()), null, 60);
        }
        // the interpreter finds its environment from its own location, so the moved folder works as made; its
        // scripts' first lines name the old folder, which is why tools are always run as `python -m tool`
        return new PythonEnv(home);
    }

    /** Where packages come from when no index is configured: the machine's own package index, if it has one. */
    public static List<String> indexOptions() {
        if (System.getenv("PIP_INDEX_URL") != null) {
            return List.of();
        }
        List<String> options = new ArrayList<>();
        for (String dir : List.of("/opt/pypi/simple", "/opt/pypi-more/simple")) {
            if (Files.isDirectory(Path.of(dir))) {
                options.add(options.isEmpty() ? "--index-url" : "--extra-index-url");
                options.add("file://" + dir);
            }
        }
        return options;
    }

    /** Runs this environment's interpreter. */
    public Processes.Result run(List<String> args, Path dir, int timeoutSeconds) throws IOException,
            InterruptedException {
        return run(args, dir, java.util.Map.of(), timeoutSeconds);
    }

    /** Runs this environment's interpreter with these environment variables added. */
    public Processes.Result run(List<String> args, Path dir, java.util.Map<String, String> env, int timeoutSeconds)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(python().toString());
        command.addAll(args);
        return Processes.run(command, dir, env, timeoutSeconds);
    }
}
