package dev.backforge.generation.control;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A pattern found by codebase research, given to the components it applies to (by type or by id). */
public record ResearchPattern(String name, @JsonProperty("applies_to") List<String> appliesTo, String description,
                              String snippet) {

    public ResearchPattern {
        appliesTo = appliesTo == null ? List.of() : List.copyOf(appliesTo);
    }
}
