package dev.backforge.kernel;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SecretsTest {

    @Test
    void aRegisteredSecretIsTakenOutWhereverItAppears() {
        Secrets.register("qz81-local-model-key");
        String out = Secrets.scrub("model said: key qz81-local-model-key is unknown (qz81-local-model-key)");
        assertFalse(out.contains("qz81"), out);
        assertEquals(2, out.split("\\[redacted]", -1).length - 1, out);
    }

    @Test
    void credentialsAProviderQuotesAreTakenOut() {
        String body = "{\"error\": {\"message\": \"Incorrect API key provided: Bearer sk-proj-AbC123def456ghi789\","
                + " \"api_key\": \"whatever-it-was\"}}";
        String out = Secrets.scrub(body);
        assertFalse(out.contains("AbC123"), out);
        assertFalse(out.contains("whatever-it-was"), out);
        assertTrue(out.startsWith("{\"error\": {\"message\": \"Incorrect API key provided: Bearer "), out);
        assertFalse(Secrets.scrub("Authorization: Basic b3BlcmF0b3I6c2VjcmV0").contains("b3BlcmF0b3I6c2VjcmV0"));
        assertFalse(Secrets.scrub("x-api-key=sk-ant-api03-zzzzzzzzzz").contains("zzzzzzzzzz"));
        assertFalse(Secrets.scrub("password: hunter22").contains("hunter22"));
    }

    @Test
    void ordinaryTextIsLeftAlone() {
        String text = "component inventory-service failed: 3 findings, see src/api/inventory.py line 12 (token budget)";
        assertEquals(text, Secrets.scrub(text));
        assertEquals(null, Secrets.scrub(null));
    }
}
