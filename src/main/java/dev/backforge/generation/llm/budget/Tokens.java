package dev.backforge.generation.llm.budget;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.backforge.generation.llm.entity.LlmRequest;

/**
 * Token counts with a real BPE tokenizer (jtokkit, o200k_base). Providers tokenize differently; the count is what
 * budgets are kept with, and the provider's own usage figures are what is recorded.
 */
public final class Tokens {

    private static final Encoding ENCODING = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    /** Per-message overhead of chat formats (role markers and separators). */
    public static final int MESSAGE_OVERHEAD = 4;

    private Tokens() {
    }

    public static int count(String text) {
        return text == null || text.isEmpty() ? 0 : ENCODING.countTokensOrdinary(text);
    }

    public static int count(LlmRequest request) {
        return count(request.system()) + count(request.user()) + 2 * MESSAGE_OVERHEAD;
    }
}
