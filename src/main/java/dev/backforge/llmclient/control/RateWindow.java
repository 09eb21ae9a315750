package dev.backforge.llmclient.control;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The arithmetic of a provider's per-minute limits, apart from the store that holds the grants: given the grants of
 * the last window, oldest first, is there room for one more request of so many tokens, and if not, from when.
 */
final class RateWindow {

    /** A request let through: when, and the tokens it holds (the estimate until its answer says what it used). */
    record Grant(OffsetDateTime at, long tokens) {
    }

    private RateWindow() {
    }

    /**
     * Null when the request fits now, else the moment enough of the oldest grants have left the window. A request
     * larger than the whole token budget goes alone, once the window is empty: refusing it forever would stall runs.
     */
    static OffsetDateTime roomAt(List<Grant> grants, int perMinute, long tokensPerMinute, long tokens,
                                 Duration window) {
        long held = 0;
        for (Grant g : grants) {
            held += g.tokens();
        }
        // k: how many of the oldest grants must leave the window first
        for (int k = 0; k < grants.size(); k++) {
            if (fits(grants.size() - k, held, perMinute, tokensPerMinute, tokens)) {
                return k == 0 ? null : grants.get(k - 1).at().plus(window);
            }
            held -= grants.get(k).tokens();
        }
        return grants.isEmpty() ? null : grants.get(grants.size() - 1).at().plus(window);
    }

    private static boolean fits(int count, long held, int perMinute, long tokensPerMinute, long tokens) {
        boolean requests = perMinute <= 0 || count < perMinute;
        boolean budget = tokensPerMinute <= 0 || held + tokens <= tokensPerMinute;
        return requests && budget;
    }
}
