package dev.backforge.runs.control;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RunSyncTest {

    @Test
    void theEndOfAJobIsLookedForSoonThenLessOftenForAboutAMinute() {
        assertEquals(List.of(10L, 20L, 40L, 80L, 160L, 250L, 250L),
                IntStream.range(0, 7).mapToObj(RunSync::delayMillis).toList());
        long total = IntStream.rangeClosed(0, 240).mapToLong(RunSync::delayMillis).sum();
        assertTrue(total > 55_000 && total < 65_000, total + " ms");
        assertEquals(250L, RunSync.delayMillis(Integer.MAX_VALUE));
    }
}
