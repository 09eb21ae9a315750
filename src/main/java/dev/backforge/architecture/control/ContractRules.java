package dev.backforge.architecture.control;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.EndpointSpec;
import dev.backforge.architecture.entity.ExceptionSpec;
import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.InterfaceSpec;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.architecture.entity.Parameter;
import dev.backforge.architecture.entity.SettingSpec;
import dev.backforge.architecture.entity.Signature;
import dev.backforge.architecture.entity.Symbol;
import dev.backforge.kernel.RuleViolation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static dev.backforge.kernel.Pointer.of;

/**
 * The contract of each backend component: signatures parse and match their names, every type and exception named
 * is defined somewhere, endpoints point at existing service methods. Also returns the components with their parsed
 * signatures, so nothing downstream parses them again.
 */
final class ContractRules {

    private final Symbols symbols;
    private final Dialect dialect;
    private final Map<String, Component> byId = new HashMap<>();
    private final List<RuleViolation> out;

    ContractRules(Symbols symbols, Dialect dialect, List<Component> components, List<RuleViolation> out) {
        this.symbols = symbols;
        this.dialect = dialect;
        this.out = out;
        components.forEach(c -> byId.putIfAbsent(c.id(), c));
    }

    /** Checks component {@code i} and returns it with parsed signatures. */
    Component check(Component c, int i) {
        if (!c.isBackend()) {
            return c;
        }
        List<MethodSpec> methods = new ArrayList<>();
        for (int j = 0; j < c.methods().size(); j++) {
            methods.add(checkMethod(c.methods().get(j), of("components", i, "interface", "methods", j)));
        }
        checkModels(c.models(), of("components", i, "models"), c.kind() == ComponentType.ENTITY);
        checkModels(c.contract().models(), of("components", i, "interface", "models"), false);
        for (int j = 0; j < c.exceptions().size(); j++) {
            checkException(c.exceptions().get(j), of("components", i, "exceptions", j));
        }
        for (int j = 0; j < c.settings().size(); j++) {
            checkSetting(c.settings().get(j), of("components", i, "settings", j));
        }
        if (c.kind() == ComponentType.REPOSITORY && c.entity() != null
                && symbols.find(c.entity()).filter(s -> s.model() != null && !s.model().isEnum()).isEmpty()) {
            out.add(new RuleViolation("unknown-entity", of("components", i, "entity"),
                    "no model or entity component defines '" + c.entity() + "'"));
        }
        Set<String> handlers = new HashSet<>();
        for (int j = 0; j < c.endpoints().size(); j++) {
            String at = of("components", i, "endpoints", j);
            EndpointSpec e = c.endpoints().get(j);
            if (!handlers.add(e.handler())) {
                out.add(new RuleViolation("duplicate-handler", at + "/handler",
                        "handler '" + e.handler() + "' is already defined in this api"));
            }
            checkEndpoint(e, at);
        }
        return new Component(c.id(), c.name(), c.type(), c.assignedTo(), c.filePath(), c.description(),
                c.implementationNotes(), c.dependencies(),
                new InterfaceSpec(methods, c.contract().models()), c.exceptions(),
                c.settings(), c.envPrefix(), c.models(), c.entity(), c.prefix(), c.tags(), c.endpoints());
    }

    private MethodSpec checkMethod(MethodSpec m, String at) {
        Signature signature;
        try {
            signature = dialect.signature(m.signature());
        } catch (Dialect.InvalidSignatureException e) {
            out.add(new RuleViolation("signature-syntax", at + "/signature", e.getMessage()));
            return m;
        }
        if (!signature.name().equals(m.name())) {
            out.add(new RuleViolation("signature-name-mismatch", at + "/signature",
                    "the signature defines '" + signature.name() + "' but the method is named '" + m.name() + "'"));
        }
        for (Parameter p : signature.arguments()) {
            if (p.annotation() == null) {
                out.add(new RuleViolation("signature-unannotated", at + "/signature",
                        "parameter '" + p.name() + "' has no type annotation"));
            } else {
                checkType(p.annotation(), at + "/signature", "parameter '" + p.name() + "'");
            }
        }
        if (signature.returns() == null) {
            out.add(new RuleViolation("signature-unannotated", at + "/signature",
                    "the signature has no return annotation (use '-> None' when nothing is returned)"));
        } else {
            checkType(signature.returns(), at + "/signature", "the return annotation");
        }
        for (int k = 0; k < m.raises().size(); k++) {
            String name = m.raises().get(k);
            if (!symbols.isException(name) && !dialect.isBuiltinException(name)) {
                out.add(new RuleViolation("unknown-exception", at + "/raises/" + k,
                        "'" + name + "' is not defined by any exception component"));
            }
        }
        return m.withParsed(signature);
    }

    private void checkModels(List<ModelSpec> models, String at, boolean entity) {
        for (int j = 0; j < models.size(); j++) {
            ModelSpec m = models.get(j);
            Set<String> names = new HashSet<>();
            for (int k = 0; k < m.fields().size(); k++) {
                FieldSpec f = m.fields().get(k);
                String fieldAt = at + "/" + j + "/fields/" + k;
                if (!names.add(f.name())) {
                    out.add(new RuleViolation("duplicate-field", fieldAt + "/name",
                            "field '" + f.name() + "' appears twice in " + m.name()));
                }
                checkType(f.type(), fieldAt + "/type", "field '" + f.name() + "'");
            }
            if (entity && !m.isEnum() && m.primaryKey().isEmpty()) {
                out.add(new RuleViolation("entity-without-primary-key", at + "/" + j + "/fields",
                        "entity '" + m.name() + "' needs at least one field with constraints.primary_key"));
            }
            for (int k = 0; k < m.uniqueTogether().size(); k++) {
                for (String column : m.uniqueTogether().get(k)) {
                    if (!names.contains(column)) {
                        out.add(new RuleViolation("unknown-field", at + "/" + j + "/unique_together/" + k,
                                "'" + column + "' is not a field of " + m.name()));
                    }
                }
            }
        }
    }

    private void checkException(ExceptionSpec e, String at) {
        String base = e.baseOrDefault();
        if (!symbols.isException(base) && !dialect.isBuiltinException(base)) {
            out.add(new RuleViolation("unknown-exception-base", at + "/base",
                    "'" + base
                            + "' is neither an exception of this architecture nor a builtin exception of the language"));
            return;
        }
        Set<String> seen = new HashSet<>(List.of(e.name()));
        for (Optional<ExceptionSpec> up = symbols.exception(base); up.isPresent();
             up = symbols.exception(up.get().baseOrDefault())) {
            if (!seen.add(up.get().name())) {
                out.add(new RuleViolation("exception-base-cycle", at + "/base",
                        "exception '" + e.name() + "' inherits from itself through " + String.join(", ", seen)));
                return;
            }
        }
    }

    private void checkSetting(SettingSpec s, String at) {
        checkType(s.type(), at + "/type", "setting '" + s.name() + "'");
        if (s.secret() && s.hasDefault()) {
            out.add(new RuleViolation("secret-default", at + "/default",
                    "secret setting '" + s.name() + "' must not have a default: secrets come from the environment"));
        }
    }

    private void checkEndpoint(EndpointSpec e, String at) {
        Component service = byId.get(e.service());
        if (service == null || !service.isBackend()) {
            out.add(new RuleViolation("unknown-service", at + "/service",
                    "no backend component has id '" + e.service() + "'"));
        } else if (service.methods().stream().noneMatch(m -> m.name().equals(e.serviceMethod()))) {
            out.add(new RuleViolation("unknown-service-method", at + "/service_method",
                    "'" + service.name() + "' (" + service.id() + ") has no method '" + e.serviceMethod() + "'"));
        }
        if (e.requestModel() != null) {
            checkType(e.requestModel(), at + "/request_model", "request_model");
        }
        if (e.responseModel() != null) {
            checkType(e.responseModel(), at + "/response_model", "response_model");
        }
        for (int k = 0; k < e.queryParams().size(); k++) {
            FieldSpec q = e.queryParams().get(k);
            checkType(q.type(), at + "/query_params/" + k + "/type", "query parameter '" + q.name() + "'");
        }
        for (String exception : e.errors().keySet()) {
            if (!symbols.isException(exception)) {
                out.add(new RuleViolation("unknown-exception", at + "/errors/" + exception,
                        "'" + exception + "' is not defined by any exception component"));
            }
        }
    }

    private void checkType(String annotation, String at, String what) {
        Optional<Set<String>> names = dialect.typeNames(annotation);
        if (names.isEmpty()) {
            out.add(new RuleViolation("type-syntax", at,
                    what + ": '" + annotation + "' is not a type expression of the stack's language"));
            return;
        }
        for (String name : names.get()) {
            Optional<Symbol> symbol = symbols.find(name);
            boolean known = dialect.isStandardType(name)
                    || symbol.filter(s -> s.kind() != Symbol.Kind.EXCEPTION).isPresent();
            if (!known) {
                out.add(new RuleViolation("unknown-type", at, what + ": '" + name + "' in '" + annotation
                        + "' is neither a standard type nor a model, entity or class of this architecture"));
            }
        }
    }
}
