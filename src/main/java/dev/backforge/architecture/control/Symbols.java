package dev.backforge.architecture.control;

import dev.backforge.architecture.entity.Architecture;
import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.ExceptionSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.architecture.entity.Symbol;
import dev.backforge.architecture.entity.Symbol.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every name the backend components define, and which component defines it: the generator imports a name from its
 * owner, the validator rejects references to names nobody defines. The first definition wins; later ones are
 * reported by {@link #duplicates()}.
 */
public final class Symbols {

    private final Map<String, Symbol> byName = new LinkedHashMap<>();
    private final List<Symbol> duplicates = new ArrayList<>();

    public Symbols(Architecture architecture) {
        for (Component c : architecture.backendComponents()) {
            for (ExceptionSpec e : c.exceptions()) {
                define(new Symbol(e.name(), Kind.EXCEPTION, c, null, e));
            }
            for (ModelSpec m : c.ownModels()) {
                Kind kind = m.isEnum() ? Kind.ENUM : c.kind() == ComponentType.ENTITY ? Kind.ENTITY : Kind.MODEL;
                define(new Symbol(m.name(), kind, c, m, null));
            }
            if (c.kind().isInjectable() || c.kind() == ComponentType.MIDDLEWARE) {
                define(new Symbol(c.name(), Kind.CLASS, c, null, null));
            }
        }
    }

    private void define(Symbol symbol) {
        if (byName.putIfAbsent(symbol.name(), symbol) != null) {
            duplicates.add(symbol);
        }
    }

    public Optional<Symbol> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public boolean isException(String name) {
        return find(name).filter(s -> s.kind() == Kind.EXCEPTION).isPresent();
    }

    public Optional<ModelSpec> model(String name) {
        return find(name).map(Symbol::model);
    }

    public Optional<ExceptionSpec> exception(String name) {
        return find(name).map(Symbol::exception);
    }

    /** The HTTP status of an exception: its own, else the nearest base's; empty when none is set. */
    public Optional<Integer> httpStatus(String exception) {
        for (Optional<ExceptionSpec> e = exception(exception); e.isPresent(); e = exception(e.get().baseOrDefault())) {
            if (e.get().httpStatus() != null) {
                return Optional.of(e.get().httpStatus());
            }
        }
        return Optional.empty();
    }

    /** Definitions that reuse a name already defined earlier in the artifact. */
    public List<Symbol> duplicates() {
        return duplicates;
    }

    public List<Symbol> all() {
        return List.copyOf(byName.values());
    }
}
