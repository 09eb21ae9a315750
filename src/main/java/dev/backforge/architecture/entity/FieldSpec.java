package dev.backforge.architecture.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A field of a model, or a query parameter of an endpoint. {@code defaultValue} is null when absent and a JSON null
 * node when the artifact says {@code null}.
 */
public record FieldSpec(String name, String type, @JsonProperty("default") JsonNode defaultValue, String description,
                        Constraints constraints) {

    public FieldSpec {
        constraints = constraints == null ? Constraints.NONE : constraints;
    }

    public boolean hasDefault() {
        return defaultValue != null;
    }

    /** True when the type admits None ({@code X | None}, {@code Optional[X]}). */
    public boolean optional() {
        String t = type.replace(" ", "");
        return t.endsWith("|None") || t.startsWith("None|") || t.startsWith("Optional[") || t.equals("None");
    }
}
