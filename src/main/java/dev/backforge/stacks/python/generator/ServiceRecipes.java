package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.MethodSpec;
import java.util.List;
import java.util.Optional;

/** Service methods outside the repository patterns that a recipe recognises. */
final class ServiceRecipes {

    ServiceRecipes(PyContext ctx, PyModule m, Component c, List<Injections.Injected> injected) {
    }

    Optional<List<String>> body(MethodSpec spec) {
        return Optional.empty();
    }
}
