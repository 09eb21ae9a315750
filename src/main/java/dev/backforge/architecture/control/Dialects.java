package dev.backforge.architecture.control;

import dev.backforge.architecture.entity.Stack;
import java.util.Optional;

/** Finds the dialect of an artifact's stack; empty when no target stack supports it. */
@FunctionalInterface
public interface Dialects {

    Optional<Dialect> of(Stack stack);
}
