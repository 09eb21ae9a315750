package dev.backforge.llmclient.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.generation.llm.entity.FatalLlmException;
import dev.backforge.generation.llm.entity.LlmRequest;
import dev.backforge.generation.llm.entity.LlmResponse;
import dev.backforge.generation.llm.entity.RetryableLlmException;
import dev.backforge.kernel.Json;
import dev.backforge.kernel.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.rest.client.RestClientBuilder;

/**
 * One HTTP call per request, in the provider's protocol. Sorts failures into retryable (timeouts, 408, 429 with its
 * Retry-After, 5xx, broken connections or envelopes) and fatal (other client errors). Error messages never carry
 * the request's headers.
 */
@ApplicationScoped
public class ProviderCalls {

    static final String ANTHROPIC_VERSION = "2023-06-01";
    static final long MAX_RETRY_AFTER_MILLIS = 30_000;

    @Inject
    LlmConfig config;

    @Inject
    RateLimits limits;

    private final Map<String, Object> clients = new ConcurrentHashMap<>();

    public LlmResponse send(LlmRequest request) {
        Long grant = limits.acquire(request);
        Response response;
        try {
            response = "anthropic".equals(request.provider()) ? anthropic(request) : openAi(request);
        } catch (ProcessingException e) {
            throw new RetryableLlmException(Secrets.scrub("no answer from " + request.provider() + ": "
                    + rootMessage(e)), 0, 0, null);
        }
        try (response) {
            String body = response.readEntity(String.class);
            int status = response.getStatus();
            if (status == 429 || status == 408 || status >= 500) {
                long retryAfter = retryAfter(response.getHeaderString("Retry-After"));
                if (status == 429) {
                    // the limit is the key's, not this instance's: every instance waits
                    limits.pause(request.provider(), Math.min(retryAfter > 0 ? retryAfter : 1000,
                            MAX_RETRY_AFTER_MILLIS));
                }
                if (retryAfter > 0) {
                    // honour the provider's wait before the next attempt
                    sleep(Math.min(retryAfter, MAX_RETRY_AFTER_MILLIS));
                }
                throw new RetryableLlmException(request.provider() + " answered " + status, status, retryAfter, null);
            }
            if (status >= 400) {
                // what a provider says about a refused request may quote the credentials it refused
                throw new FatalLlmException(request.provider() + " refused the request with " + status + ": "
                        + abbreviate(Secrets.scrub(body)), status, null);
            }
            LlmResponse answer = "anthropic".equals(request.provider()) ? readAnthropic(body) : readOpenAi(body);
            limits.settle(grant, answer.promptTokens() + answer.completionTokens());
            return answer;
        }
    }

    private Response openAi(LlmRequest r) {
        ObjectNode body = Json.OUTPUT.createObjectNode();
        body.put("model", r.model());
        body.put("temperature", r.temperature());
        body.put("max_tokens", r.maxOutputTokens());
        var messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", r.system());
        messages.addObject().put("role", "user").put("content", r.user());
        if (config.openAiJsonMode()) {
            body.putObject("response_format").put("type", "json_object");
        }
        String key = config.apiKey().orElse("");
        return client(r.provider(), OpenAiApi.class).complete(key.isEmpty() ? null : "Bearer " + key, body.toString());
    }

    private Response anthropic(LlmRequest r) {
        ObjectNode body = Json.OUTPUT.createObjectNode();
        body.put("model", r.model());
        body.put("max_tokens", r.maxOutputTokens());
        body.put("temperature", r.temperature());
        body.put("system", r.system());
        var messages = body.putArray("messages");
        messages.addObject().put("role", "user").put("content", r.user());
        // starting the answer with a brace holds the model to the JSON object the prompt asks for
        messages.addObject().put("role", "assistant").put("content", "{");
        return client(r.provider(), AnthropicApi.class).messages(config.apiKey().orElse(null), ANTHROPIC_VERSION,
                body.toString());
    }

    private static LlmResponse readOpenAi(String body) {
        JsonNode n = envelope(body);
        JsonNode choice = n.path("choices").path(0);
        if (!choice.path("message").path("content").isTextual()) {
            throw new RetryableLlmException("the answer has no message content", 200, 0, null);
        }
        return new LlmResponse(choice.get("message").get("content").asText(),
                n.path("usage").path("prompt_tokens").asLong(), n.path("usage").path("completion_tokens").asLong(),
                "length".equals(choice.path("finish_reason").asText()));
    }

    private static LlmResponse readAnthropic(String body) {
        JsonNode n = envelope(body);
        StringBuilder text = new StringBuilder("{");
        for (JsonNode block : n.path("content")) {
            if ("text".equals(block.path("type").asText())) {
                text.append(block.path("text").asText());
            }
        }
        if (text.length() == 1) {
            throw new RetryableLlmException("the answer has no text", 200, 0, null);
        }
        return new LlmResponse(text.toString(), n.path("usage").path("input_tokens").asLong(),
                n.path("usage").path("output_tokens").asLong(), "max_tokens".equals(n.path("stop_reason").asText()));
    }

    private static JsonNode envelope(String body) {
        try {
            return Json.OUTPUT.readTree(body);
        } catch (IOException e) {
            throw new RetryableLlmException("the answer's envelope is not JSON", 200, 0, null);
        }
    }

    @SuppressWarnings("unchecked")
    private <T> T client(String provider, Class<T> type) {
        return (T) clients.computeIfAbsent(provider + "/" + type.getSimpleName(), k -> RestClientBuilder.newBuilder()
                .baseUri(URI.create(config.baseUrl(provider).endsWith("/") ? config.baseUrl(provider)
                        : config.baseUrl(provider) + "/"))
                .connectTimeout(10, TimeUnit.SECONDS)
                // the read timeout ends a hanging call even where the fault tolerance timeout cannot interrupt I/O
                .readTimeout(config.timeoutSeconds(), TimeUnit.SECONDS)
                .property("microprofile.rest.client.disable.default.mapper", true)
                .build(type));
    }

    static long retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return 0;
        }
        try {
            return (long) (Double.parseDouble(header.strip()) * 1000);
        } catch (NumberFormatException e) {
            return 1000;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }

    private static String abbreviate(String s) {
        return s == null ? "" : s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }
}
