package dev.backforge.generation.llm.control;

import dev.backforge.architecture.entity.Component;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.llm.budget.Tokens;
import dev.backforge.generation.llm.entity.LlmException;
import dev.backforge.generation.llm.entity.LlmRequest;
import dev.backforge.generation.llm.entity.LlmResponse;
import dev.backforge.generation.llm.entity.LlmSettings;
import dev.backforge.generation.llm.entity.RetryableLlmException;
import dev.backforge.kernel.Hashes;
import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.output.entity.TokenUsage;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.verification.entity.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Generates a batch of components with a language model: one prompt for the batch, the answer parsed and every file
 * verified; a rejected file goes back to the model with the verifier's findings for at most N repair rounds, then
 * the policy decides (the template's file, or a failed component). Answers come from the durable cache when the same
 * prompt was paid for before. Each file of a batch's answer is also cached under the prompt its component would have
 * alone, so that a later edit to one batch-mate does not send the others again (see {@link BatchReuse}).
 */
public final class LlmGenerator {

    public static final String NAME = "llm";
    public static final String VERSION = "1.0.0";

    /** What became of a batch: files for the components that got one, causes for those that did not. */
    public record BatchResult(List<ComponentOutcome> outcomes, Map<String, String> failures) {
    }

    private final LlmTransport transport;
    private final ResponseCache cache;
    private final LlmSettings settings;
    private final BiFunction<Component, String, List<Finding>> verifier;
    private final Function<PlannedComponent, GeneratedFile> template;
    private final PromptProfile profile;

    public LlmGenerator(LlmTransport transport, ResponseCache cache, LlmSettings settings,
            BiFunction<Component, String, List<Finding>> verifier,
            Function<PlannedComponent, GeneratedFile> template, PromptProfile profile) {
        this.transport = transport;
        this.cache = cache;
        this.settings = settings;
        this.verifier = verifier;
        this.template = template;
        this.profile = profile;
    }

    public BatchResult generate(GenerationContext context, List<PlannedComponent> batch, Map<String, String> drafts) {
        PromptWriter prompts = new PromptWriter(context, settings, profile);
        List<ComponentOutcome> outcomes = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        LlmRequest request = prompts.batch(batch, drafts);
        Map<String, String> contents = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        Map<String, TokenUsage> usage = new LinkedHashMap<>();
        batch.forEach(p -> usage.put(p.id(), TokenUsage.NONE));
        if (!prompts.fits(request)) {
            batch.forEach(p -> problems.put(p.id(), "the prompt needs " + Tokens.count(request)
                    + " tokens, over the budget of " + settings.budgetMax()));
        } else {
            try {
                Answer answer = ask(request);
                LlmResponse response = answer.response();
                ResponseParser.Parsed parsed = ResponseParser.parse(response.text(), batch);
                if (answer.fresh() && batch.size() > 1) {
                    rememberEach(prompts, batch, drafts, parsed);
                }
                parsed.files().forEach((id, w) -> {
                    contents.put(id, w.content());
                    descriptions.put(id, w.description());
                });
                problems.putAll(parsed.problems());
                if (response.truncated()) {
                    batch.stream().filter(p -> !contents.containsKey(p.id())).forEach(p -> problems.put(p.id(),
                            "the answer stopped at the output limit before this file"));
                }
                share(response, batch, contents, usage);
            } catch (LlmException e) {
                batch.forEach(p -> failures.put(p.id(), "the language model call failed: " + e.getMessage()));
                return new BatchResult(outcomes, failures);
            }
        }
        for (PlannedComponent p : batch) {
            try {
                outcomes.add(finish(prompts, p, contents.get(p.id()), descriptions.get(p.id()), problems.get(p.id()),
                        usage.get(p.id())));
            } catch (ComponentFailure e) {
                failures.put(p.id(), e.getMessage());
            } catch (LlmException e) {
                failures.put(p.id(), "the language model call failed: " + e.getMessage());
            }
        }
        return new BatchResult(outcomes, failures);
    }

    /** Verifies one component's file and repairs it if needed; falls back or fails when the rounds are spent. */
    private ComponentOutcome finish(PromptWriter prompts, PlannedComponent p, String content, String description,
                                    String problem, TokenUsage tokens) {
        long started = System.nanoTime();
        List<Finding> findings = content == null ? List.of() : verifier.apply(p.component(), content);
        TokenUsage spent = tokens;
        for (int round = 0; round < settings.repairRounds() && (content == null || hasErrors(findings)); round++) {
            LlmRequest repair = prompts.repair(p, content, findings, content == null ? problem : null, round + 1);
            if (!prompts.fits(repair)) {
                break;
            }
            LlmResponse response = call(repair);
            spent = spent.plus(new TokenUsage(response.promptTokens(), response.completionTokens()));
            ResponseParser.Parsed parsed = ResponseParser.parse(response.text(), List.of(p));
            ResponseParser.Written written = parsed.files().get(p.id());
            if (written != null) {
                content = written.content();
                description = written.description() != null ? written.description() : description;
                findings = verifier.apply(p.component(), content);
                problem = null;
            } else {
                problem = parsed.problems().get(p.id());
            }
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (content != null && !hasErrors(findings)) {
            return new ComponentOutcome(p.component(), FileFacts.file(p.component(), content,
                    description != null ? description : p.component().descriptionOr(p.component().name()), findings,
                    spent), findings, millis);
        }
        String why = content == null ? problem : "verification still finds " + errors(findings) + " errors after "
                + settings.repairRounds() + " repair rounds";
        if (!settings.fallbackToTemplate()) {
            throw new ComponentFailure(p.id() + ": " + why);
        }
        GeneratedFile fallback = template.apply(p);
        GeneratedFile file = new GeneratedFile(fallback.path(), fallback.componentId(), fallback.content(),
                fallback.description() + " (template: " + why + ")", fallback.dependenciesUsed(),
                fallback.implemented(), fallback.stubs(), spent);
        return new ComponentOutcome(p.component(), file, verifier.apply(p.component(), file.content()), millis);
    }

    /** A batch's files, each as the answer to the prompt its component would have on its own. */
    private void rememberEach(PromptWriter prompts, List<PlannedComponent> batch, Map<String, String> drafts,
                              ResponseParser.Parsed parsed) {
        for (PlannedComponent p : batch) {
            ResponseParser.Written w = parsed.files().get(p.id());
            if (w != null) {
                LlmRequest alone = prompts.batch(List.of(p), drafts);
                cache.put(key(alone), new LlmResponse(ResponseParser.answer(p, w), 0, 0, false));
            }
        }
    }

    private record Answer(LlmResponse response, boolean fresh) {
    }

    private LlmResponse call(LlmRequest request) {
        return ask(request).response();
    }

    /** The answer for a request: from the cache when already paid for, else from the model, cached at once. */
    private Answer ask(LlmRequest request) {
        String key = key(request);
        return cache.get(key).map(r -> new Answer(new LlmResponse(r.text(), 0, 0, r.truncated()), false)).orElseGet(
                () -> {
                    LlmResponse response;
                    try {
                        response = transport.send(request);
                    } catch (LlmException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        // fault tolerance gave up: timeout, open circuit, full bulkhead
                        throw new RetryableLlmException(e.getClass().getSimpleName()
                                + (e.getMessage() == null ? "" : ": " + e.getMessage()), 0, 0, e);
                    }
                    cache.put(key, response);
                    return new Answer(response, true);
                });
    }

    public static String key(LlmRequest r) {
        return Hashes.sha256(r.provider() + "\u0000" + r.model() + "\u0000" + r.temperature() + "\u0000"
                + r.maxOutputTokens() + "\u0000" + r.system() + "\u0000" + r.user());
    }

    /** A batch's usage split over its components: prompt evenly, completion by the length of each file. */
    private static void share(LlmResponse response, List<PlannedComponent> batch, Map<String, String> contents,
                              Map<String, TokenUsage> usage) {
        long totalChars = contents.values().stream().mapToLong(String::length).sum();
        long promptEach = response.promptTokens() / batch.size();
        long promptRest = response.promptTokens() - promptEach * batch.size();
        long completionGiven = 0;
        for (int i = 0; i < batch.size(); i++) {
            String id = batch.get(i).id();
            long completion = totalChars == 0 ? (i == 0 ? response.completionTokens() : 0)
                    : response.completionTokens() * contents.getOrDefault(id, "").length() / totalChars;
            completionGiven += completion;
            usage.put(id, new TokenUsage(promptEach + (i == 0 ? promptRest : 0), completion));
        }
        String first = batch.get(0).id();
        usage.put(first, usage.get(first).plus(new TokenUsage(0, response.completionTokens() - completionGiven)));
    }

    private static boolean hasErrors(List<Finding> findings) {
        return findings.stream().anyMatch(Finding::isError);
    }

    private static long errors(List<Finding> findings) {
        return findings.stream().filter(Finding::isError).count();
    }

    /** A component that gets no file, with the reason. */
    private static final class ComponentFailure extends RuntimeException {
        ComponentFailure(String message) {
            super(message);
        }
    }
}
