package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.control.Symbols;
import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.Symbol;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.output.entity.Stub;
import dev.backforge.output.entity.TokenUsage;
import dev.backforge.pysyntax.PythonNames;
import dev.backforge.pysyntax.TypeExpressions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One Python module being written: its docstring, imports and code. Names are imported as they are used, from the
 * component that defines them, so that no import is missing and none is unused.
 */
final class PyModule {

    static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.\"'])([A-Za-z_][A-Za-z0-9_]*)(?![\\w\"'])");
    static final String MARK = "\u0001";

    private final Component component;
    private final Symbols symbols;
    private final Imports imports;
    private final List<String> code = new ArrayList<>();
    private final List<Stub> stubs = new ArrayList<>();
    private final Set<String> implemented = new LinkedHashSet<>();
    private final Set<String> shadowedAtModule = new LinkedHashSet<>();
    private final Set<String> typeOnlySources = Set.of("sqlalchemy.ext.asyncio");
    private boolean typeOnlyAllowed;
    private boolean logger;
    private String docstring;

    PyModule(Component component, Symbols symbols, Set<String> localRoots) {
        this.component = component;
        this.symbols = symbols;
        this.imports = new Imports(localRoots);
    }

    Component component() {
        return component;
    }

    Symbols symbols() {
        return symbols;
    }

    /**
     * Lets annotation-only names of heavy modules (SQLAlchemy's asyncio extension needs greenlet at import) go under
     * TYPE_CHECKING. Only for modules whose annotations nothing evaluates at run time: not FastAPI's, not Pydantic's.
     */
    PyModule allowTypeOnlyImports() {
        this.typeOnlyAllowed = true;
        return this;
    }

    PyModule docstring(String text) {
        this.docstring = text;
        return this;
    }

    PyModule withLogger() {
        this.logger = true;
        imports.module("logging");
        return this;
    }

    /** Builtin names that module-level definitions shadow; annotations must then say {@code builtins.x}. */
    void shadowAtModule(String name) {
        if (PythonNames.BUILTIN_TYPES.contains(name)) {
            shadowedAtModule.add(name);
        }
    }

    /** Imports what an annotation names and returns it, with shadowed builtins qualified. */
    String type(String annotation) {
        return type(annotation, Set.of(), false);
    }

    /**
     * The annotation of a class attribute among others named {@code attributes}: a library type an attribute takes
     * the name of ({@code date: date | None = None}) is imported as {@code date_type}, since the class body's own
     * {@code date} is what the annotation would find.
     */
    String fieldType(String annotation, Set<String> attributes) {
        return type(annotation, attributes, false);
    }

    String type(String annotation, Set<String> shadowedInClass, boolean annotationOnly) {
        boolean marked = false;
        for (String name : TypeExpressions.names(annotation).orElse(Set.of())) {
            Optional<String> library = shadowedInClass.contains(name) ? PythonNames.sourceOf(name) : Optional.empty();
            if (library.isPresent() && !PythonNames.BUILTIN_TYPES.contains(name)) {
                imports.from(library.get(), name + " as " + name + "_type");
                continue;
            }
            use(name, annotationOnly);
            marked |= !spelling(name).equals(name);
        }
        Set<String> shadowed = new LinkedHashSet<>(shadowedAtModule);
        shadowed.addAll(shadowedInClass);
        String qualified = qualify(annotation, shadowed);
        return marked ? respell(qualified) : qualified;
    }

    /** The expression with each architecture class spelled as this module imports it. */
    String respell(String expression) {
        Matcher m = IDENTIFIER.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(spelling(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    String qualify(String expression, Set<String> shadowed) {
        if (shadowed.isEmpty()) {
            return expression;
        }
        Matcher m = IDENTIFIER.matcher(expression);
        StringBuilder out = new StringBuilder();
        boolean any = false;
        while (m.find()) {
            String name = m.group(1);
            boolean builtin = shadowed.contains(name) && PythonNames.BUILTIN_TYPES.contains(name);
            boolean library = shadowed.contains(name) && !builtin && PythonNames.sourceOf(name).isPresent();
            any |= builtin;
            m.appendReplacement(out, Matcher.quoteReplacement(builtin ? "builtins." + name
                    : library ? name + "_type" : name));
        }
        m.appendTail(out);
        if (any) {
            imports.module("builtins");
        }
        return out.toString();
    }

    /** Makes a name usable in this module (imports it unless builtin or defined here) and returns its spelling. */
    String use(String name) {
        use(name, false);
        return spelling(name);
    }

    /**
     * How this module spells an architecture's class: its name, or, for a class named like a library class the
     * generator imports ({@code Query} beside FastAPI's {@code Query}), a mark that {@link #render} resolves once
     * the imports are known: {@code <name>Model} where both are imported, else the name.
     */
    String spelling(String name) {
        return PythonNames.LIBRARY_CLASSES.contains(name) && symbols.find(name)
                .filter(s -> !s.owner().id().equals(component.id())).isPresent() ? MARK + name + MARK : name;
    }

    private void use(String name, boolean annotationOnly) {
        if (PythonNames.BUILTIN_TYPES.contains(name)) {
            return;
        }
        var symbol = symbols.find(name);
        if (symbol.isPresent()) {
            Symbol s = symbol.get();
            if (!s.owner().id().equals(component.id())) {
                imports.from(s.module(), name);
            }
            return;
        }
        PythonNames.sourceOf(name).ifPresentOrElse(source -> {
            if (annotationOnly && typeOnlyAllowed && typeOnlySources.contains(source)) {
                imports.typeOnly(source, name);
            } else {
                imports.from(source, name);
            }
        }, () -> {
            if (PythonNames.isModule(name)) {
                imports.module(name);
            }
        });
    }

    void from(String module, String name) {
        imports.from(module, name);
    }

    void importModule(String module) {
        imports.module(module);
    }

    void importComment(String module, String comment) {
        imports.comment(module, comment);
    }

    void line(String line) {
        code.add(line);
    }

    void lines(List<String> lines) {
        code.addAll(lines);
    }

    /** Two blank lines, the separation between top-level definitions. */
    void gap() {
        if (!code.isEmpty()) {
            code.add("");
            code.add("");
        }
    }

    void stub(String qualifiedName, String reason) {
        stubs.add(new Stub(component.id(), qualifiedName, reason));
    }

    void implemented(String name) {
        implemented.add(name);
    }

    String render() {
        List<String> code = NameClashes.resolveMarks(NameClashes.distinctTopLevelNames(this.code, imports), imports,
                symbols);
        List<String> out = new ArrayList<>(new Docstring(docstring).render(""));
        out.add("");
        out.add("from __future__ import annotations");
        if (!imports.isEmpty()) {
            out.add("");
            out.addAll(imports.render());
        }
        if (logger) {
            out.add("");
            out.add("logger = logging.getLogger(__name__)");
        }
        if (!code.isEmpty()) {
            out.add("");
            out.add("");
            out.addAll(code);
        }
        StringBuilder s = new StringBuilder();
        for (String l : out) {
            s.append(l.stripTrailing()).append('\n');
        }
        return s.toString();
    }

    GeneratedFile toFile(String description) {
        String content = render();
        return new GeneratedFile(component.filePath(), component.id(), content, description,
                List.copyOf(imports.modules()), List.copyOf(implemented), stubs, TokenUsage.NONE);
    }
}
