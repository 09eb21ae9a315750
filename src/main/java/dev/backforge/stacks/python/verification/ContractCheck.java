package dev.backforge.stacks.python.verification;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.architecture.entity.Parameter;
import dev.backforge.architecture.entity.Signature;
import dev.backforge.pysyntax.PythonNames;
import dev.backforge.pysyntax.SyntaxNode;
import dev.backforge.stacks.python.contract.PythonSignatures;
import dev.backforge.verification.entity.Finding.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a file against its component's contract: every interface method is there with the declared signature,
 * every declared exception is raised or documented, and internal dependencies arrive through the constructor.
 */
final class ContractCheck {

    private static final Pattern RAISES_SECTION = Pattern
            .compile("(?m)^\\s*Raises:\\s*$([\\s\\S]*?)(?=^\\s*\\w+:\\s*$|\\z)");
    private static final Pattern RAISES_ENTRY = Pattern.compile("(?m)^\\s+([A-Za-z_][A-Za-z0-9_.]*)\\s*:");

    private final Report report;
    private final Component component;
    private final SyntaxNode root;

    ContractCheck(Report report, Component component, SyntaxNode root) {
        this.report = report;
        this.component = component;
        this.root = root;
    }

    void run(List<Component> injectableDependencies) {
        if (component.methods().isEmpty() && injectableDependencies.isEmpty()) {
            return;
        }
        Optional<SyntaxNode> cls = Modules.topLevelClass(root, component.name());
        if (cls.isEmpty()) {
            report.add(1, "class-missing", Severity.ERROR, "class " + component.name() + " of component "
                    + component.id() + " is not defined at module level");
            return;
        }
        for (MethodSpec spec : component.methods()) {
            Optional<SyntaxNode> method = Modules.methods(cls.get()).stream()
                    .filter(d -> Modules.name(d).equals(spec.name())).findFirst();
            if (method.isEmpty()) {
                report.add(cls.get().line(), "method-missing", Severity.ERROR, "interface method "
                        + component.name() + "." + spec.name() + " is not implemented");
                continue;
            }
            if (spec.parsed() != null) {
                signature(spec, method.get());
            }
            raises(spec, method.get());
        }
        injection(cls.get(), injectableDependencies);
    }

    /** Every endpoint of an api component has its handler as a module-level function. */
    void handlers() {
        Set<String> functions = new HashSet<>();
        root.namedChildren().stream().map(Modules::definition).filter(d -> d.is("function_definition"))
                .forEach(d -> functions.add(Modules.name(d)));
        for (var endpoint : component.endpoints()) {
            String handler = PythonNames.KEYWORDS.contains(endpoint.handler()) ? endpoint.handler() + "_"
                    : endpoint.handler();
            if (!functions.contains(handler)) {
                report.add(1, "handler-missing", Severity.ERROR, "endpoint " + endpoint.httpMethod() + " "
                        + endpoint.path() + " has no handler function " + endpoint.handler());
            }
        }
    }

    private void signature(MethodSpec spec, SyntaxNode method) {
        Signature declared = spec.parsed();
        String where = component.name() + "." + spec.name();
        boolean async = method.hasChildToken("async");
        if (async != declared.async()) {
            report.add(method.line(), "signature-async", Severity.ERROR,
                    where + " must " + (declared.async() ? "" : "not ")
                            + "be async, as declared: " + spec.signature());
        }
        List<Parameter> actual = method.child("parameters").map(PythonSignatures::parameters).orElse(List.of());
        List<Parameter> expected = declared.parameters();
        if (!render(actual).equals(render(expected))) {
            report.add(method.line(), "signature-parameters", Severity.ERROR, where + " takes ("
                    + String.join(", ", actual.stream().map(Parameter::render).toList())
                    + ") but the interface declares ("
                    + String.join(", ", expected.stream().map(Parameter::render).toList()) + ")");
        }
        String returns = method.child("return_type").map(SyntaxNode::text).orElse(null);
        if (!Objects.equals(Modules.normalize(returns), Modules.normalize(declared.returns()))) {
            report.add(method.line(), "signature-return", Severity.ERROR, where + " returns " + returns
                    + " but the interface declares " + declared.returns());
        }
    }

    private static List<String> render(List<Parameter> parameters) {
        return parameters.stream().map(p -> p.kind() + ":" + p.name() + ":" + Modules.normalize(p.annotation()) + ":"
                + Modules.normalize(p.defaultValue())).toList();
    }

    /** Each declared exception is raised in the body or documented under Raises. */
    private void raises(MethodSpec spec, SyntaxNode method) {
        if (spec.raises().isEmpty()) {
            return;
        }
        List<String> raised = Modules.ownNodes(method, "raise_statement").stream()
                .map(r -> r.namedChildren().stream().filter(c -> !"cause".equals(c.field())).findFirst())
                .flatMap(Optional::stream)
                .map(e -> e.is("call") ? e.child("function").map(SyntaxNode::text).orElse("") : e.text())
                .toList();
        String doc = Modules.docstring(method).orElse("");
        List<String> documented = new ArrayList<>();
        Matcher section = RAISES_SECTION.matcher(doc);
        if (section.find()) {
            Matcher entry = RAISES_ENTRY.matcher(section.group(1));
            while (entry.find()) {
                documented.add(entry.group(1));
            }
        }
        for (String exception : spec.raises()) {
            if (!raised.contains(exception) && !documented.contains(exception)) {
                report.add(method.line(), "raises-missing", Severity.ERROR, component.name() + "." + spec.name()
                        + " declares it raises " + exception + " but neither raises it nor documents it under Raises");
            }
        }
    }

    /** A collaborator that is a component must be a constructor parameter, never built inside the class. */
    private void injection(SyntaxNode cls, List<Component> dependencies) {
        Optional<SyntaxNode> init = Modules.methods(cls).stream().filter(m -> Modules.name(m).equals("__init__"))
                .findFirst();
        List<String> annotations = init.flatMap(i -> i.child("parameters")).map(PythonSignatures::parameters)
                .orElse(List.of()).stream().map(p -> Modules.normalize(p.annotation())).toList();
        for (Component d : dependencies) {
            boolean injected = annotations.stream().anyMatch(a -> a != null && a.matches(".*\\b" + d.name() + "\\b.*"));
            if (!injected) {
                report.add(init.map(SyntaxNode::line).orElse(cls.line()), "dependency-not-injected", Severity.ERROR,
                        component.name() + " uses " + d.name() + " (" + d.id() + ") but does not receive it through "
                                + "its constructor");
            }
            cls.walk(n -> {
                if (n.is("call") && n.child("function").map(f -> f.text().equals(d.name())).orElse(false)) {
                    report.add(n.line(), "dependency-constructed", Severity.ERROR, component.name() + " creates its "
                            + "own " + d.name() + " instead of receiving it through the constructor");
                }
            });
        }
    }
}
