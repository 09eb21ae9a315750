package dev.backforge.stacks.python.verification;

import dev.backforge.architecture.entity.Parameter;
import dev.backforge.pysyntax.SyntaxNode;
import dev.backforge.stacks.python.contract.PythonSignatures;
import dev.backforge.verification.entity.Finding.Severity;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Type hints on every parameter and return, and docstrings on the module, public classes and public functions.
 * Private helpers (a leading underscore) and dunder methods need no docstring; they still need type hints.
 */
final class DocumentationCheck {

    private final Report report;

    DocumentationCheck(Report report) {
        this.report = report;
    }

    void run(SyntaxNode root) {
        if (Modules.docstring(root).isEmpty()) {
            report.add(1, "docstring-missing", Severity.ERROR, "the module has no docstring");
        }
        Set<SyntaxNode> methods = Collections.newSetFromMap(new IdentityHashMap<>());
        Modules.definitions(root, d -> {
            if (d.is("class_definition")) {
                methods.addAll(Modules.methods(d));
            }
        });
        Modules.definitions(root, d -> {
            String name = Modules.name(d);
            boolean isPublic = !name.startsWith("_");
            if (isPublic && Modules.docstring(d).isEmpty()) {
                report.add(d.line(), "docstring-missing", Severity.ERROR,
                        (d.is("class_definition") ? "class " : "function ")
                                + name + " has no docstring");
            }
            if (d.is("function_definition")) {
                annotations(d, name, methods.contains(d));
                stubs(d, name);
            }
        });
    }

    private void annotations(SyntaxNode function, String name, boolean method) {
        List<Parameter> params = function.child("parameters").map(PythonSignatures::parameters).orElse(List.of());
        for (int i = 0; i < params.size(); i++) {
            Parameter p = params.get(i);
            boolean receiver = method && i == 0 && (p.name().equals("self") || p.name().equals("cls"));
            if (p.annotation() == null && !receiver) {
                report.add(function.line(), "annotation-missing", Severity.ERROR, "parameter '" + p.name() + "' of "
                        + name + " has no type hint");
            }
        }
        if (function.child("return_type").isEmpty()) {
            report.add(function.line(), "annotation-missing", Severity.ERROR, name + " has no return type hint");
        }
    }

    /** A body that raises NotImplementedError is a stub: allowed, but always reported. */
    private void stubs(SyntaxNode function, String name) {
        boolean stub = Modules.ownNodes(function, "raise_statement").stream()
                .anyMatch(r -> r.text().matches("(?s)raise\\s+NotImplementedError\\b.*"));
        if (stub) {
            report.add(function.line(), "stub", Severity.WARNING, name + " is a stub (raises NotImplementedError)");
        }
    }
}
