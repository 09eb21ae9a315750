package dev.backforge.stacks.python.verification;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.pysyntax.PythonParser;
import dev.backforge.pysyntax.SyntaxNode;
import dev.backforge.pysyntax.SyntaxTree;
import dev.backforge.verification.control.Verifier;
import dev.backforge.verification.entity.Finding;
import dev.backforge.verification.entity.Finding.Severity;
import java.util.List;

/**
 * Verifies one generated Python file against seed 000's checklist with a real parser (tree-sitter): it parses; the
 * interface is implemented as declared; hints and docstrings are complete; every name resolves and no import is
 * unused; declared exceptions are raised or documented; collaborators are injected; nothing insecure.
 * Both generators are held to this same verifier.
 */
public final class PythonVerifier implements Verifier {

    @Override
    public List<Finding> verify(Component component, String content, List<Component> injectableDependencies) {
        Report report = new Report(component.filePath());
        SyntaxTree tree = PythonParser.parse(content);
        if (tree.hasErrors()) {
            SyntaxNode first = tree.errors().get(0);
            report.add(first.line(), "syntax", Severity.ERROR, "the file does not parse as Python near: "
                    + abbreviate(first.text()));
            return report.findings();
        }
        SyntaxNode root = tree.root();
        NameAnalysis names = new NameAnalysis(root);
        names.undefined().forEach((name, node) -> report.add(node.line(), "undefined-name", Severity.ERROR,
                "'" + name + "' is used but neither defined, imported nor a builtin"));
        names.unusedImports().forEach((name, node) -> report.add(node.line(), "unused-import", Severity.ERROR,
                "'" + name + "' is imported but never used"));
        names.redefinedImports().forEach((name, node) -> report.add(node.line(), "redefined-import", Severity.ERROR,
                "'" + name + "' is imported, then bound again here: the later binding replaces the import"));
        Modules.definitions(root, d -> {
            if (d.is("class_definition")) {
                Modules.methodsWithoutReceiver(d).forEach(f -> report.add(f.line(), "method-without-self",
                        Severity.ERROR, Modules.name(d) + "." + Modules.name(f) + " has no self: called on an "
                                + "instance it gets the instance as its first argument (@staticmethod if it needs "
                                + "none)"));
            }
        });
        new DocumentationCheck(report).run(root);
        ContractCheck contract = new ContractCheck(report, component, root);
        if (component.kind().isInjectable() || component.kind() == ComponentType.MIDDLEWARE) {
            contract.run(injectableDependencies);
        } else if (component.kind() == ComponentType.API) {
            contract.handlers();
        }
        new SecurityCheck(report).run(root);
        return report.findings();
    }

    private static String abbreviate(String text) {
        String t = text.replaceAll("\\s+", " ").strip();
        return t.length() > 60 ? t.substring(0, 57) + "..." : t;
    }
}
