package dev.backforge.generation.llm.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.kernel.Json;
import dev.backforge.planning.entity.PlannedComponent;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the files out of a model's answer: the JSON object may come inside a code fence or after some prose. A file
 * is accepted only at the file_path of a requested component: a model does not choose where it writes.
 */
final class ResponseParser {

    /** The files found, by component id, and what was wrong with the rest. */
    record Parsed(Map<String, Written> files, Map<String, String> problems) {
    }

    record Written(String content, String description) {
    }

    private ResponseParser() {
    }

    /** An answer holding one file, in the shape the prompts ask for. */
    static String answer(PlannedComponent p, Written w) {
        ObjectNode answer = Json.OUTPUT.createObjectNode();
        ObjectNode file = answer.putArray("generated_files").addObject();
        file.put("path", p.component().filePath()).put("component_id", p.id());
        if (w.description() != null) {
            file.put("description", w.description());
        }
        file.put("content", w.content());
        return answer.toString();
    }

    static Parsed parse(String text, List<PlannedComponent> requested) {
        Map<String, Written> files = new LinkedHashMap<>();
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<JsonNode> json = json(text);
        JsonNode list = json.map(j -> j.get("generated_files")).orElse(null);
        if (list == null || !list.isArray()) {
            requested.forEach(p -> problems.put(p.id(), json.isEmpty()
                    ? "the answer was not the requested JSON object" : "the answer had no generated_files list"));
            return new Parsed(files, problems);
        }
        Map<String, PlannedComponent> byPath = new LinkedHashMap<>();
        requested.forEach(p -> byPath.put(p.component().filePath(), p));
        for (JsonNode f : list) {
            String path = f.path("path").asText("");
            PlannedComponent owner = byPath.get(path);
            String id = f.path("component_id").asText("");
            if (owner == null) {
                requested.stream().filter(p -> p.id().equals(id)).findFirst().ifPresent(p -> problems.put(p.id(),
                        "the file was written at '" + path + "' instead of " + p.component().filePath()));
                continue;
            }
            if (!f.path("content").isTextual() || f.path("content").asText().isBlank()) {
                problems.put(owner.id(), "the file for " + path + " had no content");
                continue;
            }
            files.put(owner.id(), new Written(f.get("content").asText(),
                    f.path("description").isTextual() ? f.get("description").asText() : null));
        }
        for (PlannedComponent p : requested) {
            if (!files.containsKey(p.id())) {
                problems.putIfAbsent(p.id(), "the answer has no file for " + p.component().filePath());
            }
        }
        return new Parsed(files, problems);
    }

    /** The first JSON object in the text that parses: whole text, inside a fence, or from the first brace. */
    static Optional<JsonNode> json(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        for (String candidate : List.of(t, unfenced(t), fromFirstBrace(t))) {
            try {
                JsonNode node = Json.OUTPUT.readTree(candidate);
                if (node != null && node.isObject()) {
                    return Optional.of(node);
                }
            } catch (IOException e) {
                // try the next reading
            }
        }
        return Optional.empty();
    }

    private static String unfenced(String t) {
        int open = t.indexOf("```");
        if (open < 0) {
            return t;
        }
        int lineEnd = t.indexOf('\n', open);
        int close = t.lastIndexOf("```");
        return lineEnd > 0 && close > lineEnd ? t.substring(lineEnd + 1, close) : t;
    }

    private static String fromFirstBrace(String t) {
        int start = t.indexOf('{');
        int end = t.lastIndexOf('}');
        return start >= 0 && end > start ? t.substring(start, end + 1) : t;
    }
}
