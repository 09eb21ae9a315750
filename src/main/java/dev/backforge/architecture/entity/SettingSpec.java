package dev.backforge.architecture.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A configuration setting. {@code defaultValue} is null when the artifact gives none and a JSON null node when it
 * gives {@code null}: the two mean "required" and "defaults to None".
 */
public record SettingSpec(String name, String type, @JsonProperty("default") JsonNode defaultValue, boolean secret,
                          Constraints constraints, String description) {

    public SettingSpec {
        constraints = constraints == null ? Constraints.NONE : constraints;
    }

    public boolean hasDefault() {
        return defaultValue != null;
    }
}
