package dev.backforge.stacks.python.verification;

import java.util.HashSet;
import java.util.Set;

/** A Python scope: the names bound in it and the scope it is nested in. */
final class Scope {

    enum Kind {
        MODULE, CLASS, FUNCTION, COMPREHENSION
    }

    final Kind kind;
    final Scope parent;
    final Set<String> bound = new HashSet<>();
    boolean starImport;

    Scope(Kind kind, Scope parent) {
        this.kind = kind;
        this.parent = parent;
    }

    /**
     * Whether a name used in this scope resolves to a binding: here, then outwards, skipping enclosing class bodies
     * (a method does not see its class's names), then the module.
     */
    boolean resolves(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            if (s != this && s.kind == Kind.CLASS) {
                continue;
            }
            if (s.bound.contains(name) || s.starImport) {
                return true;
            }
        }
        return false;
    }

    Scope module() {
        Scope s = this;
        while (s.parent != null) {
            s = s.parent;
        }
        return s;
    }
}
