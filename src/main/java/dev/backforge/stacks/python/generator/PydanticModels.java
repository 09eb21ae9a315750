package dev.backforge.stacks.python.generator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backforge.architecture.entity.Constraints;
import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.architecture.entity.Symbol;
import dev.backforge.pysyntax.PythonNames;
import dev.backforge.pysyntax.TypeExpressions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Pydantic v2 models and string enumerations, as model components and service interfaces declare them. */
final class PydanticModels {

    private PydanticModels() {
    }

    /** Writes the models, each after the models of this module it refers to. */
    static void write(PyModule m, List<ModelSpec> models) {
        for (ModelSpec model : referencedFirst(models)) {
            m.gap();
            if (model.isEnum()) {
                writeEnum(m, model);
            } else {
                writeModel(m, model);
            }
        }
    }

    private static void writeEnum(PyModule m, ModelSpec model) {
        m.line("class " + model.name() + "(str, " + m.use("Enum") + "):");
        m.from("enum", "Enum");
        m.lines(new Docstring(model.description() != null ? model.description()
                : "Allowed values of " + PyText.words(model.name())).render("    "));
        m.line("");
        for (Map.Entry<String, String> e : EnumMembers.of(model.enumValues()).entrySet()) {
            m.line("    " + e.getValue() + " = " + PyText.literal(e.getKey()));
        }
    }

    private static void writeModel(PyModule m, ModelSpec model) {
        m.line("class " + model.name() + "(" + m.use("BaseModel") + "):");
        Docstring doc = new Docstring(model.description() != null ? model.description()
                : PyText.words(model.name()) + " data");
        model.fields().stream().filter(f -> f.description() != null)
                .forEach(f -> doc.attribute(f.name(), f.description()));
        m.lines(doc.render("    "));
        m.line("");
        boolean aliases = model.fields().stream().anyMatch(f -> PyText.aliased(f.name()));
        if (model.fromAttributes() || aliases) {
            m.from("pydantic", "ConfigDict");
            List<String> config = new ArrayList<>();
            if (model.fromAttributes()) {
                config.add("from_attributes=True");
            }
            if (aliases) {
                // a field named after a keyword or an inherited member is from_ in Python and "from" on the wire;
                // both names are accepted
                config.add("populate_by_name=True");
            }
            m.line("    model_config = ConfigDict(" + String.join(", ", config) + ")");
            m.line("");
        }
        for (FieldSpec f : model.fields()) {
            m.lines(field(m, f, model.fromAttributes(), "    ", attributes(model)));
        }
        if (model.fields().isEmpty()) {
            m.line("    pass");
        }
    }

    /** One annotated field with its default and constraints. */
    /** The Python names a model's fields take in its class body. */
    static Set<String> attributes(ModelSpec model) {
        return model.fields().stream().map(f -> PyText.attr(f.name())).collect(Collectors.toSet());
    }

    static List<String> field(PyModule m, FieldSpec f, boolean fromAttributes, String indent, Set<String> attributes) {
        String type = m.fieldType(f.type(), attributes);
        String name = PyText.attr(f.name());
        List<String> args = new ArrayList<>();
        if (f.hasDefault()) {
            args.add("default=" + defaultLiteral(m, f));
        }
        if (fromAttributes && PythonNames.TABLE_MEMBERS.contains(f.name())) {
            // read from a row, the wire name would find the table class's own member (its MetaData) before the
            // column's attribute: the attribute is tried first
            m.from("pydantic", "AliasChoices");
            args.add("validation_alias=AliasChoices(" + PyText.literal(name) + ", " + PyText.literal(f.name()) + ")");
            args.add("serialization_alias=" + PyText.literal(f.name()));
        } else if (PyText.aliased(f.name())) {
            args.add("alias=" + PyText.literal(f.name()));
        }
        args.addAll(validation(f.constraints()));
        if (f.description() != null) {
            args.add("description=" + PyText.literal(f.description()));
        }
        if (args.isEmpty()) {
            return List.of(indent + name + ": " + type);
        }
        if (args.size() == 1 && f.hasDefault()) {
            return List.of(indent + name + ": " + type + " = " + defaultLiteral(m, f));
        }
        m.from("pydantic", "Field");
        return PyText.call(indent, name + ": " + type + " = Field", args, "");
    }

    /** A default as Python: an enumeration's member rather than its raw string, so types stay exact. */
    static String defaultLiteral(PyModule m, FieldSpec f) {
        if (f.defaultValue() != null && f.defaultValue().isTextual()) {
            for (String name : TypeExpressions.names(f.type()).orElse(Set.of())) {
                var symbol = m.symbols().find(name).filter(s -> s.kind() == Symbol.Kind.ENUM);
                if (symbol.isPresent()) {
                    String member = EnumMembers.of(symbol.get().model().enumValues()).get(f.defaultValue().asText());
                    if (member != null) {
                        return m.use(name) + "." + member;
                    }
                }
            }
        }
        return typedLiteral(m, f.type(), f.defaultValue());
    }

    /**
     * A default as a value of its declared type: a Decimal, UUID, date, time or datetime given as text in the artifact
     * becomes one ({@code Decimal("0.50")}), so that the default has the field's type.
     */
    static String typedLiteral(PyModule m, String type, JsonNode value) {
        if (value == null || value.isNull() || !(value.isTextual() || value.isNumber())) {
            return PyText.literal(value);
        }
        String base = Methods.optionalOf(type).orElse(Methods.compact(type));
        String text = PyText.literal(value.asText());
        return switch (base) {
            case "Decimal" -> m.use("Decimal") + "(" + text + ")";
            case "UUID" -> value.isTextual() ? m.use("UUID") + "(" + text + ")" : PyText.literal(value);
            case "date", "datetime", "time" -> value.isTextual() ? m.use(base) + ".fromisoformat(" + text + ")"
                    : PyText.literal(value);
            case "float" -> value.isTextual() ? "float(" + text + ")" : PyText.literal(value);
            default -> PyText.literal(value);
        };
    }

    static List<String> validation(Constraints c) {
        List<String> args = new ArrayList<>();
        if (c.minLength() != null) {
            args.add("min_length=" + c.minLength());
        }
        if (c.maxLength() != null) {
            args.add("max_length=" + c.maxLength());
        }
        if (c.pattern() != null) {
            args.add("pattern=" + PyText.literal(c.pattern()));
        }
        if (c.gt() != null) {
            args.add("gt=" + c.gt().toPlainString());
        }
        if (c.ge() != null) {
            args.add("ge=" + c.ge().toPlainString());
        }
        if (c.lt() != null) {
            args.add("lt=" + c.lt().toPlainString());
        }
        if (c.le() != null) {
            args.add("le=" + c.le().toPlainString());
        }
        return args;
    }

    private static List<ModelSpec> referencedFirst(List<ModelSpec> models) {
        Set<String> local = new LinkedHashSet<>();
        models.forEach(x -> local.add(x.name()));
        List<ModelSpec> ordered = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (ordered.size() < models.size()) {
            int before = ordered.size();
            for (ModelSpec model : models) {
                if (!placed.contains(model.name()) && references(model).stream()
                        .allMatch(r -> !local.contains(r) || placed.contains(r) || r.equals(model.name()))) {
                    ordered.add(model);
                    placed.add(model.name());
                }
            }
            if (ordered.size() == before) {
                // models referring to each other: keep the artifact's order, Pydantic resolves forward references
                models.stream().filter(x -> !placed.contains(x.name())).forEach(x -> {
                    ordered.add(x);
                    placed.add(x.name());
                });
            }
        }
        return ordered;
    }

    private static Set<String> references(ModelSpec model) {
        Set<String> names = new LinkedHashSet<>();
        model.fields().forEach(f -> names.addAll(TypeExpressions.names(f.type()).orElse(Set.of())));
        return names;
    }
}
