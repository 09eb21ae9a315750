package dev.backforge.generation.llm.control;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.output.entity.Stub;
import dev.backforge.output.entity.TokenUsage;
import dev.backforge.verification.entity.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the manifest says about a file a model wrote, read from the file and its verification: the modules it
 * imports, the interface methods it implements, and the functions it left as stubs.
 */
final class FileFacts {

    private static final Pattern IMPORT = Pattern
            .compile("(?m)^\\s*(?:from\\s+([\\w.]+)\\s+import|import\\s+([\\w.]+))");

    private FileFacts() {
    }

    static GeneratedFile file(Component c, String content, String description, List<Finding> findings,
                              TokenUsage tokens) {
        TreeSet<String> modules = new TreeSet<>();
        Matcher m = IMPORT.matcher(content);
        while (m.find()) {
            modules.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        modules.remove("__future__");
        List<String> stubbedNames = findings.stream().filter(f -> f.rule().equals("stub"))
                .map(f -> f.message().split(" ")[0]).toList();
        List<Stub> stubs = new ArrayList<>();
        List<String> implemented = new ArrayList<>();
        for (MethodSpec method : c.methods()) {
            String name = c.name() + "." + method.name();
            if (stubbedNames.contains(method.name())) {
                stubs.add(new Stub(c.id(), name, "the model left it raising NotImplementedError"));
            } else {
                implemented.add(name);
            }
        }
        return new GeneratedFile(c.filePath(), c.id(), content, description, List.copyOf(modules), implemented, stubs,
                tokens);
    }
}
