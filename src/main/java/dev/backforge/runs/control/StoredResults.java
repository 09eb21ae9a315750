package dev.backforge.runs.control;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.backforge.kernel.Json;
import dev.backforge.output.control.ManifestWriter;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.output.entity.Stub;
import dev.backforge.output.entity.TokenUsage;
import dev.backforge.runs.entity.ComponentResult;
import dev.backforge.verification.entity.Finding;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A component result's facts in and out of their JSON columns, in the manifest's shapes. */
final class StoredResults {

    private StoredResults() {
    }

    static String findingsJson(List<Finding> findings) {
        ArrayNode array = Json.OUTPUT.createArrayNode();
        findings.forEach(f -> array.add(ManifestWriter.finding(f)));
        return array.toString();
    }

    static String stubsJson(List<Stub> stubs) {
        ArrayNode array = Json.OUTPUT.createArrayNode();
        stubs.forEach(s -> array.addObject().put("name", s.qualifiedName()).put("reason", s.reason()));
        return array.toString();
    }

    static String listJson(List<String> items) {
        return Json.OUTPUT.valueToTree(items).toString();
    }

    /** The findings stored with a result; null when the file was not verified yet. */
    static List<Finding> findings(String json) {
        if (json == null) {
            return null;
        }
        List<Finding> out = new ArrayList<>();
        for (JsonNode f : tree(json)) {
            out.add(new Finding(f.get("file").asText(), f.get("line").asInt(), f.get("rule").asText(),
                    Finding.Severity.valueOf(f.get("severity").asText().toUpperCase(Locale.ROOT)),
                    f.get("message").asText()));
        }
        return out;
    }

    /** The committed file of a result, with its content as read from disk. */
    static GeneratedFile file(ComponentResult r, String content) {
        List<Stub> stubs = new ArrayList<>();
        if (r.stubs() != null) {
            for (JsonNode s : tree(r.stubs())) {
                stubs.add(new Stub(r.componentId(), s.get("name").asText(), s.get("reason").asText()));
            }
        }
        return new GeneratedFile(r.filePath(), r.componentId(), content, r.description(), list(r.dependenciesUsed()),
                list(r.implementedNames()), stubs, new TokenUsage(r.promptTokens(), r.completionTokens()));
    }

    private static List<String> list(String json) {
        try {
            return json == null ? List.of() : Json.OUTPUT.readValue(json, new TypeReference<List<String>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return Json.OUTPUT.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
