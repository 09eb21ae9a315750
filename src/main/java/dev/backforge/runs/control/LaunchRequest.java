package dev.backforge.runs.control;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backforge.kernel.RuleViolation;
import dev.backforge.llmclient.control.LlmConfig;
import dev.backforge.runs.entity.RunOptions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The body of a launch: {@code {architecture, conventions?, research?, options?}}. Reading it collects every
 * violation with a JSON Pointer into the body, as the artifact's own validation does.
 */
public record LaunchRequest(JsonNode architecture, String conventions, JsonNode research, RunOptions options) {

    static final Set<String> GENERATORS = Set.of("template", "llm", "hybrid");
    static final Set<String> POLICIES = Set.of("fail", "report");

    /** Reads the body; violations go to {@code out}, and the result is null when any was found. */
    static LaunchRequest read(JsonNode body, RunOptions defaults, LlmConfig llm, List<RuleViolation> out) {
        if (!body.isObject()) {
            out.add(new RuleViolation("schema-type", "", "the body must be a JSON object"));
            return null;
        }
        for (Iterator<String> it = body.fieldNames(); it.hasNext();) {
            String name = it.next();
            if (!Set.of("architecture", "conventions", "research", "options").contains(name)) {
                out.add(new RuleViolation("unknown-field", "/" + name, "unknown field '" + name + "'"));
            }
        }
        JsonNode architecture = body.get("architecture");
        if (architecture == null || architecture.isNull()) {
            out.add(new RuleViolation("schema-required", "/architecture", "missing required field 'architecture'"));
        } else if (!architecture.isObject()) {
            out.add(new RuleViolation("schema-type", "/architecture", "'architecture' must be a JSON object"));
        }
        JsonNode conventions = body.get("conventions");
        if (conventions != null && !conventions.isNull() && !conventions.isTextual()) {
            out.add(new RuleViolation("schema-type", "/conventions", "'conventions' must be text"));
        }
        JsonNode research = body.get("research");
        if (research != null && !research.isNull()) {
            readResearch(research, out);
        }
        RunOptions options = options(body.get("options"), defaults, llm, out);
        if (!out.isEmpty()) {
            return null;
        }
        return new LaunchRequest(architecture, conventions == null || conventions.isNull() ? null
                : conventions.asText(), research == null || research.isNull() ? null : research, options);
    }

    private static void readResearch(JsonNode research, List<RuleViolation> out) {
        if (!research.isArray()) {
            out.add(new RuleViolation("schema-type", "/research", "'research' must be a list of patterns"));
            return;
        }
        for (int i = 0; i < research.size(); i++) {
            JsonNode p = research.get(i);
            if (!p.isObject() || !p.path("name").isTextual()) {
                out.add(new RuleViolation("schema-required", "/research/" + i + "/name",
                        "a research pattern needs a 'name'"));
            } else if (p.has("applies_to") && !p.get("applies_to").isArray()) {
                out.add(new RuleViolation("schema-type", "/research/" + i + "/applies_to",
                        "'applies_to' must be a list of component types or ids"));
            }
        }
    }

    /** Reads launch options, alone too (a schedule keeps them); pointers start at /options. */
    public static RunOptions options(JsonNode options, RunOptions defaults, LlmConfig llm, List<RuleViolation> out) {
        if (options == null || options.isNull()) {
            return withModel(defaults, defaults.generator(), null, llm, out);
        }
        if (!options.isObject()) {
            out.add(new RuleViolation("schema-type", "/options", "'options' must be a JSON object"));
            return defaults;
        }
        String generator = defaults.generator();
        JsonNode model = null;
        int itemCount = defaults.itemCount();
        String policy = defaults.verificationPolicy();
        String conflicts = defaults.conflicts();
        for (Iterator<String> it = options.fieldNames(); it.hasNext();) {
            String name = it.next();
            JsonNode v = options.get(name);
            String at = "/options/" + name;
            switch (name) {
                case "generator" -> {
                    if (!v.isTextual() || !GENERATORS.contains(v.asText())) {
                        out.add(new RuleViolation("unsupported-generator", at, "generator must be one of "
                                + GENERATORS));
                    } else {
                        generator = v.asText();
                    }
                }
                case "item_count" -> {
                    if (!v.isInt() || v.asInt() < 1 || v.asInt() > RunOptions.MAX_ITEM_COUNT) {
                        out.add(new RuleViolation("option-range", at, "item_count must be an integer from 1 to "
                                + RunOptions.MAX_ITEM_COUNT));
                    } else {
                        itemCount = v.asInt();
                    }
                }
                case "verification_policy" -> {
                    if (!v.isTextual() || !POLICIES.contains(v.asText())) {
                        out.add(new RuleViolation("option-value", at, "verification_policy must be 'fail' or "
                                + "'report'"));
                    } else {
                        policy = v.asText();
                    }
                }
                case "llm" -> model = v;
                case "conflicts" -> {
                    if (!v.isTextual() || !Set.of(RunOptions.BESIDE, RunOptions.MARKERS).contains(v.asText())) {
                        out.add(new RuleViolation("option-value", at, "conflicts must be 'beside' (the new file "
                                + "next to yours) or 'markers' (conflict markers in your file)"));
                    } else {
                        conflicts = v.asText();
                    }
                }
                default -> out.add(new RuleViolation("unknown-option", at, "unknown option '" + name + "'"));
            }
        }
        return withModel(new RunOptions(generator, itemCount, policy), generator, model, llm, out)
                .withConflicts(conflicts);
    }

    /** The model settings of an llm or hybrid run: the server's defaults, with the overrides a launch may make. */
    private static RunOptions withModel(RunOptions options, String generator, JsonNode model, LlmConfig llm,
                                        List<RuleViolation> out) {
        if (generator.equals("template")) {
            if (model != null) {
                out.add(new RuleViolation("option-value", "/options/llm", "model settings need the llm or hybrid "
                        + "generator"));
            }
            return options;
        }
        if (!llm.configured()) {
            out.add(new RuleViolation("unsupported-generator", "/options/generator", "no language model is "
                    + "configured on this server (backforge.llm.provider); use the template generator"));
            return options;
        }
        LlmOptions m = LlmOptions.read(model, llm, out);
        return new RunOptions(generator, options.itemCount(), options.verificationPolicy(), m.settings(),
                m.parallelism());
    }

    /** Violations found in the embedded architecture, with pointers into the whole body. */
    static List<RuleViolation> inBody(List<RuleViolation> violations) {
        List<RuleViolation> out = new ArrayList<>();
        violations.forEach(v -> out.add(new RuleViolation(v.rule(), "/architecture" + v.pointer(), v.message())));
        return out;
    }
}
