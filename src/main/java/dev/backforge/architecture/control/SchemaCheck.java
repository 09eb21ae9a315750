package dev.backforge.architecture.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.backforge.kernel.RuleViolation;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Checks an artifact against the shipped JSON Schema (draft 2020-12), the structural half of the contract. */
final class SchemaCheck {

    static final String SCHEMA_RESOURCE = "schema/architecture-artifact-v1.schema.json";

    /** Keywords whose failures are only the consequence of a more specific one reported with them. */
    private static final Set<String> NOISE = Set.of("allOf", "anyOf", "oneOf", "if", "then", "else", "$ref");

    private static final JsonSchema SCHEMA = load();

    private SchemaCheck() {
    }

    static List<RuleViolation> check(JsonNode document) {
        Set<ValidationMessage> messages = SCHEMA.validate(document);
        return messages.stream()
                .filter(m -> !NOISE.contains(m.getType()))
                .map(SchemaCheck::toViolation)
                .distinct()
                .sorted(Comparator.comparing(RuleViolation::pointer).thenComparing(RuleViolation::rule))
                .toList();
    }

    private static RuleViolation toViolation(ValidationMessage m) {
        String at = m.getInstanceLocation().toString();
        String pointer = at.equals("/") || at.equals("$") ? "" : at;
        String rule = "schema-" + m.getType();
        return switch (m.getType()) {
            case "required" -> new RuleViolation(rule, pointer + "/" + m.getProperty(),
                    "missing required field '" + m.getProperty() + "'");
            case "type" -> new RuleViolation(rule, pointer, "wrong type: " + detail(m));
            case "enum", "const" -> new RuleViolation(rule, pointer, "value not allowed: " + detail(m));
            case "not" -> new RuleViolation(rule, pointer, "'" + m.getInstanceNode().asText()
                    + "' is a Python keyword and cannot be used as a name");
            default -> new RuleViolation(rule, pointer, detail(m));
        };
    }

    /** networknt's own wording without its leading location, which the pointer already gives. */
    private static String detail(ValidationMessage m) {
        String text = m.getMessage();
        int colon = text.indexOf(": ");
        return colon >= 0 && text.startsWith(m.getInstanceLocation().toString()) ? text.substring(colon + 2) : text;
    }

    private static JsonSchema load() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .formatAssertionsEnabled(true)
                .locale(Locale.ENGLISH)
                .build();
        return factory.getSchema(SchemaLocation.of("classpath:" + SCHEMA_RESOURCE), config);
    }
}
