package dev.backforge.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

/** Copies of an example artifact with one thing broken, for the validation tests. */
public final class Artifacts {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Artifacts() {
    }

    public static ObjectNode example(String name) {
        try {
            return (ObjectNode) MAPPER.readTree(Examples.bytes(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] mutated(String example, Consumer<ObjectNode> change) {
        ObjectNode doc = example(example);
        change.accept(doc);
        try {
            return MAPPER.writeValueAsBytes(doc);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The component object at /components/{index}. */
    public static ObjectNode component(JsonNode doc, int index) {
        return (ObjectNode) doc.get("components").get(index);
    }
}
