package dev.backforge.support;

import dev.backforge.cli.SynthArtifact;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped example artifacts and synthetic ones. */
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

    /** A test resource's bytes, by its path on the class path. */
    public static byte[] resource(String path) {
        try (InputStream in = Examples.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        return new String(bytes(name), StandardCharsets.UTF_8);
    }

    /** A synthetic artifact of about {@code components} components (see {@link SynthArtifact}) written to a file. */
    public static Path synth(int components, boolean chain, Path dir) throws IOException {
        Path out = dir.resolve("synth-" + components + (chain ? "-chain" : "") + ".json");
        Files.writeString(out, SynthArtifact.of(components, chain, 7).toPrettyString());
        return out;
    }

    public static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content);
        return file;
    }
}
