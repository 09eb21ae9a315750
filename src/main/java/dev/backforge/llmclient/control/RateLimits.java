package dev.backforge.llmclient.control;

import dev.backforge.generation.llm.budget.Tokens;
import dev.backforge.generation.llm.entity.LlmRequest;
import dev.backforge.generation.llm.entity.RetryableLlmException;
import dev.backforge.kernel.Hashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A provider's limits, shared by every instance on the store: each call waits for a grant under the provider key's
 * requests-per-minute and tokens-per-minute budgets, and a 429 with Retry-After pauses everyone's calls under that
 * key, not only the caller's. The key is a hash of the provider, its address and the API key, so the key itself is
 * never stored.
 */
@ApplicationScoped
public class RateLimits {

    private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());
    /** Asks again at least this often while waiting, so a pause lifted early is seen. */
    private static final long LONGEST_NAP_MILLIS = 1000;

    @Inject
    RateLedger ledger;

    @Inject
    LlmConfig config;

    @Inject
    @ConfigProperty(name = "backforge.llm.requests-per-minute", defaultValue = "0")
    int perMinute;

    @Inject
    @ConfigProperty(name = "backforge.llm.tokens-per-minute", defaultValue = "0")
    long tokensPerMinute;

    /**
     * Returns when the request may go, with the grant to settle once the answer reports its usage (null when none was
     * recorded); throws a retryable failure when the waiting thread is interrupted.
     */
    public Long acquire(LlmRequest request) {
        String key = key(request.provider());
        // what a provider counts against a tokens-per-minute limit: the prompt and the most the answer may take;
        // counted only when such a limit is set, as counting reads the whole prompt
        long tokens = tokensPerMinute > 0 ? Tokens.count(request) + request.maxOutputTokens() : 0;
        while (true) {
            long wait;
            try {
                RateLedger.Admission admission = ledger.tryGrant(key, perMinute, tokensPerMinute, tokens);
                if (admission.waitMillis() <= 0) {
                    return admission.grant();
                }
                wait = admission.waitMillis();
            } catch (RuntimeException e) {
                // the store was briefly unreachable: ask again shortly
                LOG.fine(() -> "rate grant retried: " + e);
                wait = RateLedger.RETRY_MILLIS;
            }
            try {
                Thread.sleep(Math.min(wait, LONGEST_NAP_MILLIS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new RetryableLlmException("interrupted while waiting for the provider's rate limit", 0, 0, e);
            }
        }
    }

    /**
     * The answer reported the tokens used: the budget counts those instead of the estimate. Not recorded, the grant
     * keeps its estimate, which only errs on the side of waiting.
     */
    public void settle(Long grant, long used) {
        if (grant == null || used <= 0 || tokensPerMinute <= 0) {
            // no usage reported: the estimate stands; no token budget: nothing counts the tokens
            return;
        }
        try {
            ledger.settle(grant, used);
        } catch (RuntimeException e) {
            LOG.fine(() -> "rate grant not settled: " + e);
        }
    }

    /** The provider said to wait: every instance waits. */
    public void pause(String provider, long millis) {
        String key = key(provider);
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                if (ledger.pause(key, millis)) {
                    return;
                }
            } catch (RuntimeException e) {
                LOG.fine(() -> "rate pause not recorded: " + e);
            }
        }
    }

    String key(String provider) {
        String secret;
        try {
            secret = config.apiKey().orElse("");
        } catch (RuntimeException e) {
            // an unreadable key file is the call's to report, in its own words; the budget is the address's then
            secret = "";
        }
        return Hashes.sha256(provider + "\n" + config.baseUrl(provider) + "\n" + secret);
    }
}
