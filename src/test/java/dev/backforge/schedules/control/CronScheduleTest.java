package dev.backforge.schedules.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CronScheduleTest {

    static final Instant NOW = Instant.parse("2026-12-01T10:15:00Z");

    static Optional<Duration> gap(String cron) {
        return CronSchedule.parse(cron, "Europe/Berlin").shortestGap(NOW);
    }

    @Test
    void theShortestGapIsFoundWhereverItLies() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), gap("* * * * * *"));
        assertEquals(Optional.of(Duration.ofMinutes(1)), gap("* * * * *"));
        assertEquals(Optional.of(Duration.ofDays(1)), gap("0 2 * * *"));
        // two firings a minute apart once a night: the gap is a minute, not a day
        assertEquals(Optional.of(Duration.ofMinutes(1)), gap("0,1 3 * * *"));
        assertEquals(Optional.of(Duration.ofSeconds(5)), gap("0,5 0 3 * * *"));
    }

    @Test
    void aDateThatNeverComesNeverFires() {
        CronSchedule never = CronSchedule.parse("0 2 30 2 *", "UTC");
        assertTrue(never.after(NOW).isEmpty());
        assertTrue(never.shortestGap(NOW).isEmpty());
    }
}
