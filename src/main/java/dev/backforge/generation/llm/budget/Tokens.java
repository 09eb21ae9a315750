package dev.backforge.generation.llm.budget;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.backforge.generation.llm.entity.LlmRequest;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token counts with a real BPE tokenizer (jtokkit, o200k_base). Providers tokenize differently; the count is what
 * budgets are kept with, and the provider's own usage figures are what is recorded.
 */
public final class Tokens {

    private static final Encoding ENCODING = Encodings.newLazyEncodingRegistry().getEncoding(EncodingType.O200K_BASE);

    private static final int MAX_SYSTEMS = 32;
    private static final Map<String, Integer> SYSTEMS = new ConcurrentHashMap<>();

    /** Per-message overhead of chat formats (role markers and separators). */
    public static final int MESSAGE_OVERHEAD = 4;

    private Tokens() {
    }

    public static int count(String text) {
        return text == null || text.isEmpty() ? 0 : ENCODING.countTokensOrdinary(text);
    }

    public static int count(LlmRequest request) {
        return system(request.system()) + count(request.user()) + 2 * MESSAGE_OVERHEAD;
    }

    /**
     * An upper bound without tokenizing the user message: a token stands for at least one byte of UTF-8, so the
     * message has no more tokens than bytes.
     */
    public static int atMost(LlmRequest request) {
        String user = request.user() == null ? "" : request.user();
        return system(request.system()) + utf8Bytes(user) + 2 * MESSAGE_OVERHEAD;
    }

    private static int utf8Bytes(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // a surrogate pair is 4 bytes, 2 per half
            bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes;
    }

    /** A stack's system prompt is fixed text, the same in every request: counted once (a few are known at most). */
    private static int system(String text) {
        Integer known = text == null ? Integer.valueOf(0) : SYSTEMS.get(text);
        if (known != null) {
            return known;
        }
        int tokens = count(text);
        if (SYSTEMS.size() < MAX_SYSTEMS) {
            SYSTEMS.put(text, tokens);
        }
        return tokens;
    }
}
