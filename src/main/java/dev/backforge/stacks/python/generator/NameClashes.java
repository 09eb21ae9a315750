package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.control.Symbols;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The passes that run over a module's finished code, once its imports are known, where one name is taken twice. */
final class NameClashes {

    private static final Pattern MARKED = Pattern.compile(PyModule.MARK + "([A-Za-z_]\\w*)" + PyModule.MARK);
    private static final Pattern TOP_LEVEL_DEFINITION = Pattern.compile("^(?:async def|def|class) ([A-Za-z_]\\w*)");

    private NameClashes() {
    }

    /**
     * The code with every imported name that a top-level definition of this module also takes (a handler declared
     * as {@code get_session} beside the imported session provider) imported under another name and used by it, so
     * the definition does not replace the import the module's dependencies are evaluated against. The definitions
     * themselves keep their declared names; nothing in a generated module refers to one of them by name.
     */
    static List<String> distinctTopLevelNames(List<String> code, Imports imports) {
        Set<String> defined = new LinkedHashSet<>();
        for (String line : code) {
            Matcher d = TOP_LEVEL_DEFINITION.matcher(line);
            if (d.find()) {
                defined.add(d.group(1));
            }
        }
        defined.retainAll(imports.fromModulesByName().keySet());
        if (defined.isEmpty()) {
            return code;
        }
        List<String> out = new ArrayList<>();
        for (String line : code) {
            Matcher d = TOP_LEVEL_DEFINITION.matcher(line);
            String own = d.find() ? d.group(1) : null;
            Matcher m = PyModule.IDENTIFIER.matcher(line);
            StringBuilder s = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                boolean imported = defined.contains(name) && !(name.equals(own) && m.start(1) == d.start(1));
                m.appendReplacement(s, Matcher.quoteReplacement(imported ? "imported_" + name : name));
            }
            m.appendTail(s);
            out.add(s.toString());
        }
        defined.forEach(name -> imports.alias(name, "imported_" + name));
        return out;
    }

    /** Each marked class spelled {@code <name>Model} (and imported so) where a library's import takes its name. */
    static List<String> resolveMarks(List<String> lines, Imports imports, Symbols symbols) {
        if (lines.stream().noneMatch(l -> l.contains(PyModule.MARK))) {
            return lines;
        }
        Map<String, Long> modules = imports.fromModulesByName();
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            Matcher m = MARKED.matcher(line);
            StringBuilder b = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                boolean both = modules.getOrDefault(name, 0L) > 1;
                if (both) {
                    symbols.find(name).ifPresent(x -> imports.alias(x.module(), name, name + "Model"));
                }
                m.appendReplacement(b, Matcher.quoteReplacement(both ? name + "Model" : name));
            }
            m.appendTail(b);
            out.add(b.toString());
        }
        return out;
    }
}
