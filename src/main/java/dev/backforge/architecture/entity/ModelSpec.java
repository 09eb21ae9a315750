package dev.backforge.architecture.entity;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Optional;

/** A data class: a Pydantic model, an enumeration (when {@code enum} is given) or, in an entity, a mapped table. */
public record ModelSpec(String name, String description, @JsonProperty("enum") List<String> enumValues, String table,
                        boolean fromAttributes, List<FieldSpec> fields, List<List<String>> uniqueTogether) {

    public ModelSpec {
        enumValues = Lists.of(enumValues);
        fields = Lists.of(fields);
        uniqueTogether = uniqueTogether == null ? List.of() : uniqueTogether.stream().map(List::copyOf).toList();
    }

    public boolean isEnum() {
        return !enumValues.isEmpty();
    }

    public Optional<FieldSpec> field(String fieldName) {
        return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
    }

    public List<FieldSpec> primaryKey() {
        return fields.stream().filter(f -> f.constraints().primaryKey()).toList();
    }
}
