package dev.backforge.generation.llm.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.ResearchPattern;
import dev.backforge.generation.llm.budget.Tokens;
import dev.backforge.generation.llm.entity.LlmRequest;
import dev.backforge.generation.llm.entity.LlmSettings;
import dev.backforge.kernel.Json;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.verification.entity.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes prompts: one for a batch of components (their specifications, their dependencies' interfaces only, the
 * research patterns that apply to them, the conventions), and one to repair a file the verifier rejected. Keeps each
 * prompt within the token budget by dropping the least needed parts first: research snippets, research, the tail of
 * the conventions, the conventions.
 */
public final class PromptWriter {

    private final GenerationContext context;
    private final LlmSettings settings;
    private final PromptProfile profile;

    public PromptWriter(GenerationContext context, LlmSettings settings, PromptProfile profile) {
        this.context = context;
        this.settings = settings;
        this.profile = profile;
    }

    /** The prompt for a batch; {@code drafts} maps component ids to template drafts to complete (may be empty). */
    public LlmRequest batch(List<PlannedComponent> batch, Map<String, String> drafts) {
        return measured(batch, drafts).request();
    }

    /** The size in tokens of {@link #batch}'s prompt, as fitting it to the budget measured it. */
    public int tokens(List<PlannedComponent> batch, Map<String, String> drafts) {
        Measured m = measured(batch, drafts);
        return m.tokens() == UNCOUNTED ? Tokens.count(m.request()) : m.tokens();
    }

    private static final int UNCOUNTED = -1;

    /** A prompt with its size when fitting it counted it: a prompt is counted at most once. */
    private record Measured(LlmRequest request, int tokens) {
    }

    private Measured measured(List<PlannedComponent> batch, Map<String, String> drafts) {
        StringBuilder components = new StringBuilder("# Components to write\n\n");
        Map<String, Component> dependencies = new LinkedHashMap<>();
        List<ResearchPattern> research = new ArrayList<>();
        for (PlannedComponent p : batch) {
            Component c = p.component();
            components.append(componentSection(c, drafts.get(c.id())));
            context.dependencies(c).forEach(d -> dependencies.putIfAbsent(d.id(), d));
            context.researchFor(c).stream().filter(r -> !research.contains(r)).forEach(research::add);
        }
        batch.forEach(p -> dependencies.remove(p.id()));
        StringBuilder interfaces = new StringBuilder();
        if (!dependencies.isEmpty()) {
            interfaces.append("# Interfaces of the components they use (import from the module shown)\n\n");
            dependencies.values().forEach(d -> interfaces.append(profile.sketch(context, d)).append('\n'));
        }
        return fit(components.toString(), interfaces.toString(), research);
    }

    /** A prompt to correct one file: the findings, the file, and the same specification. */
    public LlmRequest repair(PlannedComponent p, String content, List<Finding> findings, String problem, int round) {
        Component c = p.component();
        StringBuilder s = new StringBuilder("# Repair, round ").append(round).append(" of ")
                .append(settings.repairRounds()).append("\n\nThe file you wrote for component ").append(c.id())
                .append(" must be corrected.\n");
        if (problem != null) {
            s.append(problem).append('\n');
        }
        for (Finding f : findings) {
            if (f.isError()) {
                s.append("- line ").append(f.line()).append(" [").append(f.rule()).append("] ").append(f.message())
                        .append('\n');
            }
        }
        if (content != null) {
            s.append("\nThe file as you wrote it:\n```").append(profile.language()).append("\n").append(content)
                    .append("\n```\n");
        }
        s.append("\nAnswer with the whole corrected file, in the same JSON shape.\n\n");
        s.append(componentSection(c, null));
        StringBuilder interfaces = new StringBuilder();
        for (Component d : context.dependencies(c)) {
            interfaces.append(profile.sketch(context, d)).append('\n');
        }
        return fit(s.toString(), interfaces.length() == 0 ? ""
                : "# Interfaces of the components it uses\n\n" + interfaces, context.researchFor(c)).request();
    }

    private String componentSection(Component c, String draft) {
        StringBuilder s = new StringBuilder("## Component ").append(c.id()).append(": ").append(c.name()).append(" (")
                .append(c.type()).append(") -> ").append(c.filePath()).append('\n');
        s.append("Specification:\n").append(spec(c)).append('\n');
        if (c.kind().isInjectable() && c.kind() != ComponentType.CONFIG) {
            s.append("Constructor: ").append(c.name()).append("(")
                    .append(String.join(", ", profile.constructorParameters(context, c))).append(")\n");
        }
        if (draft != null) {
            s.append("Draft to complete:\n```").append(profile.language()).append("\n").append(draft).append("```\n");
        }
        return s.append('\n').toString();
    }

    /** The component as the artifact gives it, without fields another agent added and we do not use. */
    private static String spec(Component c) {
        ObjectNode node = Json.ARTIFACT.valueToTree(c);
        node.remove(List.of("assigned_to", "backend"));
        List<String> empty = new ArrayList<>();
        node.fields().forEachRemaining(e -> {
            var v = e.getValue();
            if (v.isNull() || v.isContainerNode() && v.isEmpty()) {
                empty.add(e.getKey());
            }
        });
        node.remove(empty);
        return node.toString();
    }

    /** Assembles the prompt and trims it to the budget, least needed parts first. */
    private Measured fit(String main, String interfaces, List<ResearchPattern> research) {
        String conventions = context.conventions() == null ? "" : context.conventions().strip();
        for (int stage = 0; stage <= 4; stage++) {
            String user = main + interfaces + conventionsSection(conventions, stage) + researchSection(research, stage);
            LlmRequest request = new LlmRequest(settings.provider(), settings.model(), profile.system(), user,
                    settings.maxOutputTokens(), settings.temperature());
            // most prompts are far below the budget: a bound that needs no tokenizer settles those
            if (Tokens.atMost(request) <= settings.budgetMax()) {
                return new Measured(request, UNCOUNTED);
            }
            int tokens = Tokens.count(request);
            if (tokens <= settings.budgetMax() || stage == 4) {
                return new Measured(request, tokens);
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static String conventionsSection(String conventions, int stage) {
        if (conventions.isEmpty() || stage >= 4) {
            return "";
        }
        String text = stage >= 3 ? head(conventions, 1_000) : conventions;
        return "# Project conventions\n\n" + text + "\n\n";
    }

    private String researchSection(List<ResearchPattern> research, int stage) {
        if (research.isEmpty() || stage >= 2) {
            return "";
        }
        StringBuilder s = new StringBuilder("# Patterns found in the codebase\n\n");
        for (ResearchPattern r : research) {
            s.append("## ").append(r.name()).append('\n').append(r.description() == null ? "" : r.description())
                    .append('\n');
            if (stage == 0 && r.snippet() != null) {
                s.append("```").append(profile.language()).append("\n").append(r.snippet()).append("\n```\n");
            }
        }
        return s.append('\n').toString();
    }

    /** The first tokens of a text, cut at a line end. */
    private static String head(String text, int tokens) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n")) {
            if (Tokens.count(out + line) > tokens) {
                break;
            }
            out.append(line).append('\n');
        }
        return out.toString();
    }

    public boolean fits(LlmRequest request) {
        return Tokens.count(request) <= settings.budgetMax();
    }
}
