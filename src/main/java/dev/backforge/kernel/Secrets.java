package dev.backforge.kernel;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Takes credentials out of text that came from outside (a model server's error, an exception's message) before it
 * is logged, stored or shown: the secrets this process knows (its model API key), bearer and basic credentials,
 * {@code sk-...} keys, and the values of fields named like keys, tokens and passwords.
 */
public final class Secrets {

    public static final String REDACTED = "[redacted]";

    private static final Set<String> KNOWN = ConcurrentHashMap.newKeySet();
    private static final Pattern BEARER = Pattern.compile("(?i)\\b(bearer\\s+)[A-Za-z0-9._~+/=-]{6,}");
    // Basic credentials are base64; asking for a digit, capital or '=' keeps prose such as "Basic template" intact
    private static final Pattern BASIC = Pattern.compile("\\b(Basic\\s+)(?=[a-z+/]*[0-9A-Z=])[A-Za-z0-9+/]{8,}=*");
    private static final Pattern KEY_LIKE = Pattern.compile("\\b(sk|pk|rk)-(?:ant-|proj-|live-|test-)?"
            + "[A-Za-z0-9_-]{6,}");
    private static final Pattern NAMED = Pattern.compile("(?i)([\"']?(?:api[_-]?key|x-api-key|authorization|"
            + "password|passwd|secret|access[_-]?token|refresh[_-]?token)[\"']?\\s*[:=]\\s*[\"']?)[^\\s\"',}&]{3,}");

    private Secrets() {
    }

    /** A secret of this process (at least 6 characters), to be taken out wherever it appears. */
    public static void register(String secret) {
        if (secret != null && secret.strip().length() >= 6) {
            KNOWN.add(secret.strip());
        }
    }

    public static String scrub(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = text;
        for (String secret : KNOWN) {
            out = out.replace(secret, REDACTED);
        }
        out = BEARER.matcher(out).replaceAll("$1" + REDACTED);
        out = BASIC.matcher(out).replaceAll("$1" + REDACTED);
        out = KEY_LIKE.matcher(out).replaceAll("$1-" + REDACTED);
        return NAMED.matcher(out).replaceAll("$1" + REDACTED);
    }
}
