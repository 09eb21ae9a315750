package dev.backforge.generation.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.architecture.control.Json;
import dev.backforge.architecture.entity.Component;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.ResearchPattern;
import dev.backforge.generation.template.python.TemplateGenerator;
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

    static final String SYSTEM = """
            You are the code generation step of Backforge. You write complete, production-ready Python 3.11 modules \
            for a FastAPI service (Pydantic v2, SQLAlchemy 2.0 with async sessions, pydantic-settings) from \
            architecture component specifications.

            Every file you write:
            - starts with a module docstring, then `from __future__ import annotations`;
            - groups imports as standard library, third party, then local; imports each name from the module that \
            defines it (the interfaces below say where); imports nothing it does not use;
            - puts type hints on every parameter and return value, and Google-style docstrings (Args, Returns, \
            Raises) on the module, public classes and public functions;
            - implements every interface method with exactly the declared signature: name, async or not, \
            parameters with their annotations and defaults, return annotation;
            - takes collaborators (other components) through the constructor given, and never creates them itself;
            - raises the declared exceptions where the described error happens, and lists them under Raises;
            - defines `logger = logging.getLogger(__name__)` and logs important operations, never secrets;
            - contains no hard-coded secret, no eval or exec, and no SQL built by string formatting.
            When a draft is given, keep everything that is already implemented and replace each body that raises \
            NotImplementedError with a real implementation that follows the specification and its notes.

            Answer with one JSON object and nothing else:
            {"generated_files": [{"path": "<the component's file_path>", "component_id": "<its id>", \
            "description": "<one line>", "content": "<the whole file>"}]}
            Write exactly one file for each requested component, at its file_path.""";

    private final GenerationContext context;
    private final LlmSettings settings;

    public PromptWriter(GenerationContext context, LlmSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    /** The prompt for a batch; {@code drafts} maps component ids to template drafts to complete (may be empty). */
    public LlmRequest batch(List<PlannedComponent> batch, Map<String, String> drafts) {
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
            dependencies.values().forEach(d -> interfaces.append(InterfaceSketch.of(context, d)).append('\n'));
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
            s.append("\nThe file as you wrote it:\n```python\n").append(content).append("\n```\n");
        }
        s.append("\nAnswer with the whole corrected file, in the same JSON shape.\n\n");
        s.append(componentSection(c, null));
        StringBuilder interfaces = new StringBuilder();
        for (Component d : context.dependencies(c)) {
            interfaces.append(InterfaceSketch.of(context, d)).append('\n');
        }
        return fit(s.toString(), interfaces.length() == 0 ? ""
                : "# Interfaces of the components it uses\n\n" + interfaces, context.researchFor(c));
    }

    private String componentSection(Component c, String draft) {
        StringBuilder s = new StringBuilder("## Component ").append(c.id()).append(": ").append(c.name()).append(" (")
                .append(c.type()).append(") -> ").append(c.filePath()).append('\n');
        s.append("Specification:\n").append(spec(c)).append('\n');
        if (c.kind().isInjectable() && c.kind() != dev.backforge.architecture.entity.ComponentType.CONFIG) {
            s.append("Constructor: ").append(c.name()).append("(")
                    .append(String.join(", ", TemplateGenerator.constructorParameters(context, c))).append(")\n");
        }
        if (draft != null) {
            s.append("Draft to complete:\n```python\n").append(draft).append("```\n");
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
    private LlmRequest fit(String main, String interfaces, List<ResearchPattern> research) {
        String conventions = context.conventions() == null ? "" : context.conventions().strip();
        for (int stage = 0; stage <= 4; stage++) {
            String user = main + interfaces + conventionsSection(conventions, stage) + researchSection(research, stage);
            LlmRequest request = new LlmRequest(settings.provider(), settings.model(), SYSTEM, user,
                    settings.maxOutputTokens(), settings.temperature());
            if (Tokens.count(request) <= settings.budgetMax() || stage == 4) {
                return request;
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

    private static String researchSection(List<ResearchPattern> research, int stage) {
        if (research.isEmpty() || stage >= 2) {
            return "";
        }
        StringBuilder s = new StringBuilder("# Patterns found in the codebase\n\n");
        for (ResearchPattern r : research) {
            s.append("## ").append(r.name()).append('\n').append(r.description() == null ? "" : r.description())
                    .append('\n');
            if (stage == 0 && r.snippet() != null) {
                s.append("```python\n").append(r.snippet()).append("\n```\n");
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
