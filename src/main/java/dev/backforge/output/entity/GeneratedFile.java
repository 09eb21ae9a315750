package dev.backforge.output.entity;

import java.util.List;

/**
 * One file a generator produced for one component, before it is verified and written.
 *
 * @param dependenciesUsed the modules the file imports
 * @param implemented names of the interface methods that got a real body
 * @param stubs functions left raising NotImplementedError
 * @param tokens prompt and completion tokens spent on it (0 for templates)
 */
public record GeneratedFile(String path, String componentId, String content, String description,
                            List<String> dependenciesUsed, List<String> implemented, List<Stub> stubs,
                            TokenUsage tokens) {

    public GeneratedFile {
        dependenciesUsed = List.copyOf(dependenciesUsed);
        implemented = List.copyOf(implemented);
        stubs = List.copyOf(stubs);
        tokens = tokens == null ? TokenUsage.NONE : tokens;
    }

    public int lineCount() {
        if (content.isEmpty()) {
            return 0;
        }
        int lines = (int) content.chars().filter(c -> c == '\n').count();
        return content.endsWith("\n") ? lines : lines + 1;
    }
}
