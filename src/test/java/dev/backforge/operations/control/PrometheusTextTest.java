package dev.backforge.operations.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PrometheusTextTest {

    @Test
    void repeatsAfterTheApplicationsMetricsAreDropped() {
        String scrape = """
                # TYPE thread_count gauge
                # HELP thread_count Live threads.
                thread_count{mp_scope="base"} 41.0
                # TYPE gc_total counter
                gc_total{mp_scope="base",name="G1 Young Generation"} 21.0
                gc_total{mp_scope="base",name="G1 Old Generation"} 0.0
                # TYPE backforge_runs gauge
                backforge_runs{mp_scope="application",status="completed"} 1
                thread_count{mp_scope="base"} 42.0
                gc_total{mp_scope="base",name="G1 Young Generation"} 22.0
                # TYPE thread_count gauge
                """;
        assertEquals("""
                # TYPE thread_count gauge
                # HELP thread_count Live threads.
                thread_count{mp_scope="base"} 41.0
                # TYPE gc_total counter
                gc_total{mp_scope="base",name="G1 Young Generation"} 21.0
                gc_total{mp_scope="base",name="G1 Old Generation"} 0.0
                # TYPE backforge_runs gauge
                backforge_runs{mp_scope="application",status="completed"} 1
                """, PrometheusText.deduplicated(scrape));
    }

    @Test
    void labelValuesWithSpacesAndUnlabelledSeriesAreKeptApart() {
        String scrape = "up 1\nx{a=\"b c\"} 1\nx{a=\"b d\"} 2\nx{a=\"b c\"} 3\nup 4\n";
        assertEquals("up 1\nx{a=\"b c\"} 1\nx{a=\"b d\"} 2\n", PrometheusText.deduplicated(scrape));
    }
}
