package dev.backforge.llmclient.control;

import dev.backforge.generation.llm.entity.LlmSettings;
import dev.backforge.kernel.Secrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The language model settings (MicroProfile Config) and the API key. The key is read from the environment
 * ({@code BACKFORGE_LLM_API_KEY}) or from a file ({@code backforge.llm.api-key-file}); it is kept out of
 * configuration values so that no settings dump shows it, and nothing logs or stores it.
 */
@ApplicationScoped
public class LlmConfig {

    @Inject
    @ConfigProperty(name = "backforge.llm.provider", defaultValue = "none")
    String provider;

    @Inject
    @ConfigProperty(name = "backforge.llm.openai.base-url", defaultValue = "https://api.openai.com/v1")
    String openAiBaseUrl;

    @Inject
    @ConfigProperty(name = "backforge.llm.openai.model", defaultValue = "gpt-4o-mini")
    String openAiModel;

    @Inject
    @ConfigProperty(name = "backforge.llm.openai.json-mode", defaultValue = "true")
    boolean openAiJsonMode;

    @Inject
    @ConfigProperty(name = "backforge.llm.anthropic.base-url", defaultValue = "https://api.anthropic.com/v1")
    String anthropicBaseUrl;

    @Inject
    @ConfigProperty(name = "backforge.llm.anthropic.model", defaultValue = "claude-3-5-haiku-latest")
    String anthropicModel;

    @Inject
    @ConfigProperty(name = "backforge.llm.temperature", defaultValue = "0")
    double temperature;

    @Inject
    @ConfigProperty(name = "backforge.llm.max-output-tokens", defaultValue = "8192")
    int maxOutputTokens;

    @Inject
    @ConfigProperty(name = "backforge.llm.concurrency", defaultValue = "4")
    int concurrency;

    @Inject
    @ConfigProperty(name = "backforge.llm.budget.min", defaultValue = "5000")
    int budgetMin;

    @Inject
    @ConfigProperty(name = "backforge.llm.budget.max", defaultValue = "15000")
    int budgetMax;

    @Inject
    @ConfigProperty(name = "backforge.llm.repair-rounds", defaultValue = "2")
    int repairRounds;

    @Inject
    @ConfigProperty(name = "backforge.llm.fallback", defaultValue = "template")
    String fallback;

    @Inject
    @ConfigProperty(name = "backforge.llm.api-key-file")
    Optional<String> apiKeyFile;

    @Inject
    @ConfigProperty(name = "backforge.llm.timeout-seconds", defaultValue = "120")
    int timeoutSeconds;

    /** True when a provider is configured: runs may then use the llm and hybrid generators. */
    public boolean configured() {
        return !"none".equals(provider);
    }

    public String provider() {
        return provider;
    }

    public int concurrency() {
        return Math.max(1, concurrency);
    }

    public int timeoutSeconds() {
        return timeoutSeconds;
    }

    public boolean openAiJsonMode() {
        return openAiJsonMode;
    }

    public String baseUrl(String providerName) {
        return "anthropic".equals(providerName) ? anthropicBaseUrl : openAiBaseUrl;
    }

    public String model(String providerName) {
        return "anthropic".equals(providerName) ? anthropicModel : openAiModel;
    }

    /** The defaults of a run's model settings; a launch may override the safe ones. */
    public LlmSettings defaults(String providerName) {
        return new LlmSettings(providerName, model(providerName), temperature, maxOutputTokens, budgetMin, budgetMax,
                repairRounds, !"fail".equals(fallback));
    }

    /** The key, never logged or stored; empty for providers that need none (a local Ollama, say). */
    public Optional<String> apiKey() {
        Optional<String> key = readKey();
        // whatever text a provider sends back, this key is taken out of it before anything logs or stores it
        key.ifPresent(Secrets::register);
        return key;
    }

    private Optional<String> readKey() {
        String env = System.getenv("BACKFORGE_LLM_API_KEY");
        if (env != null && !env.isBlank()) {
            return Optional.of(env.strip());
        }
        if (apiKeyFile.isPresent()) {
            try {
                return Optional.of(Files.readString(Path.of(apiKeyFile.get())).strip());
            } catch (IOException e) {
                throw new IllegalStateException("the model API key file cannot be read", e);
            }
        }
        return Optional.empty();
    }
}
