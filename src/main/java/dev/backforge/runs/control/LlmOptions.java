package dev.backforge.runs.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backforge.generation.llm.entity.LlmSettings;
import dev.backforge.kernel.RuleViolation;
import dev.backforge.llmclient.control.LlmConfig;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The {@code options.llm} of a launch: which configured provider, and the settings a run may safely change (model,
 * temperature, output limit, budget, repair rounds, fallback, parallelism up to the configured concurrency). Base
 * URLs and keys are the server's and cannot be set per run.
 */
record LlmOptions(LlmSettings settings, int parallelism) {

    static final Set<String> PROVIDERS = Set.of("openai", "anthropic");

    static LlmOptions read(JsonNode model, LlmConfig llm, List<RuleViolation> out) {
        String provider = llm.provider();
        if (model != null && model.has("provider")) {
            provider = model.get("provider").asText();
            if (!PROVIDERS.contains(provider)) {
                out.add(new RuleViolation("option-value", "/options/llm/provider", "provider must be openai or "
                        + "anthropic"));
                provider = llm.provider();
            }
        }
        LlmSettings d = llm.defaults(provider);
        String modelName = d.model();
        double temperature = d.temperature();
        int maxOutput = d.maxOutputTokens();
        int budgetMin = d.budgetMin();
        int budgetMax = d.budgetMax();
        int repairRounds = d.repairRounds();
        boolean fallback = d.fallbackToTemplate();
        int parallelism = llm.concurrency();
        if (model != null && !model.isObject()) {
            out.add(new RuleViolation("schema-type", "/options/llm", "'llm' must be a JSON object"));
            model = null;
        }
        for (Iterator<String> it = model == null ? List.<String>of().iterator() : model.fieldNames(); it.hasNext();) {
            String name = it.next();
            JsonNode v = model.get(name);
            String at = "/options/llm/" + name;
            switch (name) {
                case "provider" -> {
                }
                case "model" -> {
                    if (!v.isTextual() || v.asText().isBlank() || v.asText().length() > 100) {
                        out.add(new RuleViolation("option-value", at, "model must be a name of 1 to 100 characters"));
                    } else {
                        modelName = v.asText();
                    }
                }
                case "temperature" -> temperature = number(v, at, 0, 2, temperature, out);
                case "max_output_tokens" -> maxOutput = (int) number(v, at, 256, 65_536, maxOutput, out);
                case "budget_min" -> budgetMin = (int) number(v, at, 500, 200_000, budgetMin, out);
                case "budget_max" -> budgetMax = (int) number(v, at, 1_000, 200_000, budgetMax, out);
                case "repair_rounds" -> repairRounds = (int) number(v, at, 0, 5, repairRounds, out);
                case "parallelism" -> parallelism = (int) number(v, at, 1, llm.concurrency(), parallelism, out);
                case "fallback" -> {
                    if (!v.isTextual() || !Set.of("template", "fail").contains(v.asText())) {
                        out.add(new RuleViolation("option-value", at, "fallback must be 'template' or 'fail'"));
                    } else {
                        fallback = v.asText().equals("template");
                    }
                }
                default -> out.add(new RuleViolation("unknown-option", at, "unknown model option '" + name + "'"));
            }
        }
        if (budgetMin > budgetMax) {
            out.add(new RuleViolation("option-range", "/options/llm/budget_min",
                    "budget_min must not exceed budget_max"));
        }
        return new LlmOptions(new LlmSettings(provider, modelName, temperature, maxOutput, budgetMin, budgetMax,
                repairRounds, fallback), parallelism);
    }

    private static double number(JsonNode v, String at, double min, double max, double current,
                                 List<RuleViolation> out) {
        if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
            out.add(new RuleViolation("option-range", at, at.substring(at.lastIndexOf('/') + 1) + " must be a number "
                    + "from " + (long) min + " to " + (long) max));
            return current;
        }
        return v.asDouble();
    }
}
