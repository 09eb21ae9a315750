package dev.backforge.runs.control;

import dev.backforge.architecture.entity.Architecture;
import dev.backforge.pipeline.control.Pipeline;
import dev.backforge.support.Examples;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertSame;

class RunContextsTest {

    @Test
    void theParseStepTakesTheArchitectureItsLaunchValidatedWithoutReadingTheRevisionAgain() throws Exception {
        RunContexts contexts = new RunContexts();
        // no store: a read of the revision would fail
        contexts.pipeline = Pipeline.standard();
        Architecture validated = contexts.pipeline.parse().validate(Examples.bytes("store-inventory.json"));
        contexts.known(7L, validated);
        assertSame(validated, contexts.architecture(7L));
        Architecture other = contexts.pipeline.parse().validate(Examples.bytes("auth-service.json"));
        contexts.known(7L, other);
        assertSame(validated, contexts.architecture(7L), "a revision's architecture is made once");
    }
}
