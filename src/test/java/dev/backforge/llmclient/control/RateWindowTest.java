package dev.backforge.llmclient.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class RateWindowTest {

    static final Duration MINUTE = Duration.ofSeconds(61);
    static final OffsetDateTime T0 = OffsetDateTime.of(2026, 12, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    static RateWindow.Grant at(int second, long tokens) {
        return new RateWindow.Grant(T0.plusSeconds(second), tokens);
    }

    @Test
    void noLimitsAlwaysHasRoom() {
        assertNull(RateWindow.roomAt(List.of(at(0, 9_000), at(1, 9_000)), 0, 0, 1_000_000, MINUTE));
    }

    @Test
    void aFullRequestBudgetFreesWhenTheGrantThatFilledItLeaves() {
        List<RateWindow.Grant> three = List.of(at(0, 0), at(10, 0), at(20, 0));
        assertNull(RateWindow.roomAt(three, 4, 0, 0, MINUTE));
        assertEquals(T0.plusSeconds(61), RateWindow.roomAt(three, 3, 0, 0, MINUTE));
        assertEquals(T0.plusSeconds(71), RateWindow.roomAt(three, 2, 0, 0, MINUTE));
    }

    @Test
    void tokensWaitUntilEnoughOfTheOldestHaveLeft() {
        List<RateWindow.Grant> held = List.of(at(0, 4_000), at(5, 3_000), at(9, 2_000));
        assertNull(RateWindow.roomAt(held, 0, 10_000, 1_000, MINUTE), "9,000 held and 1,000 asked fit in 10,000");
        assertEquals(T0.plusSeconds(61), RateWindow.roomAt(held, 0, 10_000, 4_000, MINUTE));
        assertEquals(T0.plusSeconds(66), RateWindow.roomAt(held, 0, 10_000, 7_500, MINUTE));
    }

    @Test
    void theStricterOfTheTwoLimitsDecides() {
        List<RateWindow.Grant> held = List.of(at(0, 100), at(5, 8_000), at(9, 100));
        // requests alone would free at 61 s; the tokens need the second grant gone too
        assertEquals(T0.plusSeconds(66), RateWindow.roomAt(held, 3, 10_000, 5_000, MINUTE));
        // tokens alone fit; three requests are the limit
        assertEquals(T0.plusSeconds(61), RateWindow.roomAt(held, 3, 100_000, 5_000, MINUTE));
    }

    @Test
    void aRequestLargerThanTheWholeBudgetGoesAloneOnceTheWindowIsEmpty() {
        assertNull(RateWindow.roomAt(List.of(), 0, 10_000, 50_000, MINUTE));
        assertEquals(T0.plusSeconds(68), RateWindow.roomAt(List.of(at(0, 10), at(7, 10)), 0, 10_000, 50_000,
                MINUTE));
    }
}
