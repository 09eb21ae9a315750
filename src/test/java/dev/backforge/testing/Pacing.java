package dev.backforge.testing;

import dev.backforge.runs.control.RunProgress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Test deployments only (added to the WAR by the tests, never shipped): slows a run down at its boundaries so that
 * a test can stop or kill it at a chosen point, and leaves a marker file as each boundary is reached.
 * <ul>
 * <li>{@code backforge.test.pace.<stage>-ms}: a pause at each event of that stage (for example
 * {@code unit-generated-ms}, per component of the unit, between its generation and its commit);</li>
 * <li>{@code backforge.test.pace.markers}: a folder where {@code <run>.<step>} appears as a step starts and
 * {@code <run>.publishing} as the first file is published.</li>
 * </ul>
 */
@ApplicationScoped
public class Pacing {

    void on(@Observes RunProgress event) {
        switch (event.stage()) {
            case STEP_STARTED -> mark(event.runId() + "." + event.detail());
            case FILE_PUBLISHED -> mark(event.runId() + ".publishing");
            default -> {
            }
        }
        long pause = millis(event.stage());
        if (pause > 0) {
            long times = event.stage() == RunProgress.Stage.UNIT_GENERATED ? event.detail().split(",").length : 1;
            sleep(pause * times);
        }
    }

    private static long millis(RunProgress.Stage stage) {
        String key = "backforge.test.pace." + stage.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-ms";
        return ConfigProvider.getConfig().getOptionalValue(key, Long.class).orElse(0L);
    }

    private static void mark(String name) {
        Optional<String> folder = ConfigProvider.getConfig().getOptionalValue("backforge.test.pace.markers",
                String.class);
        if (folder.isEmpty()) {
            return;
        }
        try {
            Path dir = Files.createDirectories(Path.of(folder.get()));
            Path marker = dir.resolve(name);
            if (!Files.exists(marker)) {
                Files.writeString(marker, String.valueOf(System.currentTimeMillis()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
