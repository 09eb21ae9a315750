package dev.backforge.generation.llm.budget;

import dev.backforge.generation.llm.entity.LlmRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokensTest {

    @Test
    void theByteBoundIsNeverBelowTheCount() {
        for (String user : List.of("", "def get(self, id: int) -> Item:\n    return self.items[id]\n",
                "Größe, café, naïve", "価格と在庫の一覧", "emoji \uD83D\uDE80\uD83D\uDCE6 and \uD83E\uDDEA",
                "\u00a0\u2003 spaces\t\ttabs\n\n\n", "x".repeat(5_000))) {
            LlmRequest request = new LlmRequest("openai", "m", "You write Python.", user, 100, 0.0);
            assertTrue(Tokens.atMost(request) >= Tokens.count(request), "bound below the count for: " + user);
        }
    }

    @Test
    void aSystemPromptCountsTheSameAsTheFirstTime() {
        String system = "You write FastAPI services. " + System.nanoTime();
        LlmRequest request = new LlmRequest("openai", "m", system, "hello", 100, 0.0);
        int first = Tokens.count(request);
        assertEquals(first, Tokens.count(request));
        assertEquals(Tokens.count(system) + Tokens.count("hello") + 2 * Tokens.MESSAGE_OVERHEAD, first);
    }
}
