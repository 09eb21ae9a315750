package dev.backforge.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** The shipped example artifacts and the shared tools the tests use. */
public final class Examples {

    private Examples() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Examples.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no example " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The folder beside the project that CI provides: examples, seeds and tools. */
    public static Path shared() {
        return Path.of(System.getProperty("backforge.shared", "../shared")).toAbsolutePath().normalize();
    }

    /** {@code synth-architecture.py N [--chain]} written to a file. */
    public static Path synth(int components, boolean chain, Path dir) throws IOException, InterruptedException {
        Path out = dir.resolve("synth-" + components + (chain ? "-chain" : "") + ".json");
        ProcessBuilder pb = chain
                ? new ProcessBuilder("python3", shared().resolve("tools/synth-architecture.py").toString(),
                String.valueOf(components), "--chain")
                : new ProcessBuilder("python3", shared().resolve("tools/synth-architecture.py").toString(),
                String.valueOf(components));
        Process p = pb.redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("synth-architecture.py failed");
        }
        return out;
    }

    public static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
