package dev.backforge.architecture.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.backforge.architecture.entity.Architecture;
import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.Symbol;
import dev.backforge.kernel.Json;
import dev.backforge.kernel.RuleViolation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.backforge.kernel.Pointer.of;

/**
 * Reads an architecture artifact and enforces the whole contract: size, JSON syntax, the JSON Schema, then the rules
 * that need the whole document. Every violation is collected and reported together; nothing is generated from an
 * artifact that has one.
 */
public final class ArchitectureReader {

    private final ArchitectureLimits limits;
    private final Dialects dialects;

    public ArchitectureReader(Dialects dialects) {
        this(ArchitectureLimits.DEFAULT, dialects);
    }

    public ArchitectureReader(ArchitectureLimits limits, Dialects dialects) {
        this.limits = limits;
        this.dialects = dialects;
    }

    public Architecture read(byte[] json) throws InvalidArchitectureException {
        if (json.length > limits.maxBytes()) {
            throw new InvalidArchitectureException(true, List.of(new RuleViolation("size-limit", "",
                    "the artifact has " + json.length + " bytes; at most " + limits.maxBytes() + " are accepted")));
        }
        JsonNode document;
        try {
            document = Json.ARTIFACT.readTree(json);
        } catch (IOException e) {
            throw new InvalidArchitectureException(true,
                    List.of(new RuleViolation("malformed-json", "", Json.describe(e))));
        }
        if (document == null || document.isMissingNode()) {
            throw new InvalidArchitectureException(true,
                    List.of(new RuleViolation("malformed-json", "", "the document is empty")));
        }
        return read(document);
    }

    /** Where a name is defined: the name of the exception, model or component that defines it. */
    private static String definitionPointer(Architecture architecture, Symbol symbol) {
        int i = architecture.components().indexOf(symbol.owner());
        Component c = symbol.owner();
        for (int j = 0; j < c.exceptions().size(); j++) {
            if (symbol.exception() == c.exceptions().get(j)) {
                return of("components", i, "exceptions", j, "name");
            }
        }
        for (int j = 0; j < c.models().size(); j++) {
            if (symbol.model() == c.models().get(j)) {
                return of("components", i, "models", j, "name");
            }
        }
        for (int j = 0; j < c.contract().models().size(); j++) {
            if (symbol.model() == c.contract().models().get(j)) {
                return of("components", i, "interface", "models", j, "name");
            }
        }
        return of("components", i, "name");
    }

    /**
     * Reads an artifact that passed {@link #read} before (a stored revision): the document is mapped and its
     * signatures parsed, without the schema and the rules.
     */
    public Architecture readValidated(byte[] json) {
        Architecture architecture;
        try {
            architecture = Json.ARTIFACT.readValue(json, Architecture.class);
        } catch (IOException e) {
            throw new IllegalStateException("an artifact that was valid is unreadable: " + e.getMessage(), e);
        }
        Dialect dialect = dialects.of(architecture.stack()).orElseThrow(() -> new IllegalStateException(
                "no target stack for " + architecture.stack()));
        ContractRules contract = new ContractRules(new Symbols(architecture), dialect, architecture.components(),
                new ArrayList<>());
        List<Component> parsed = new ArrayList<>();
        for (int i = 0; i < architecture.components().size(); i++) {
            parsed.add(contract.check(architecture.components().get(i), i));
        }
        return withComponents(architecture, parsed);
    }

    private static Architecture withComponents(Architecture a, List<Component> components) {
        return new Architecture(a.architectureId(), a.name(), a.description(), a.version(), a.stack(), a.packageRoot(),
                components);
    }

    /** Validates an already parsed document, e.g. the {@code architecture} member of a launch request. */
    public Architecture read(JsonNode document) throws InvalidArchitectureException {
        List<RuleViolation> violations = new ArrayList<>(SchemaCheck.check(document));
        if (!violations.isEmpty()) {
            throw new InvalidArchitectureException(false, violations);
        }
        Architecture architecture;
        try {
            architecture = Json.ARTIFACT.treeToValue(document, Architecture.class);
        } catch (JsonProcessingException e) {
            // the schema admits the document, so this is a gap between schema and model: still the caller's input,
            // told where without the mapper's class names
            throw new InvalidArchitectureException(false, List.of(new RuleViolation("schema-mapping", pointer(e),
                    "this value does not have the form the artifact format gives it")));
        }
        Optional<Dialect> dialect = dialects.of(architecture.stack());
        if (dialect.isEmpty()) {
            throw new InvalidArchitectureException(false, List.of(new RuleViolation("unsupported-stack", "/stack",
                    "no target stack generates " + architecture.stack().language() + " with "
                            + architecture.stack().framework())));
        }
        violations.addAll(ArchitectureRules.check(architecture, limits, dialect.get()));
        Symbols symbols = new Symbols(architecture);
        for (Symbol duplicate : symbols.duplicates()) {
            violations.add(new RuleViolation("duplicate-name", definitionPointer(architecture, duplicate),
                    "'" + duplicate.name() + "' is defined twice among backend components (again in "
                            + duplicate.owner().id()
                            + "); generated imports would be ambiguous"));
        }
        ContractRules contract = new ContractRules(symbols, dialect.get(), architecture.components(), violations);
        List<Component> checked = new ArrayList<>();
        for (int i = 0; i < architecture.components().size(); i++) {
            checked.add(contract.check(architecture.components().get(i), i));
        }
        if (!violations.isEmpty()) {
            throw new InvalidArchitectureException(false, violations);
        }
        return withComponents(architecture, checked);
    }

    private static String pointer(JsonProcessingException e) {
        if (!(e instanceof com.fasterxml.jackson.databind.JsonMappingException m)) {
            return "";
        }
        return of(m.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : r.getIndex())
                .toArray());
    }
}
