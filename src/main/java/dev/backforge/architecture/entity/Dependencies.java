package dev.backforge.architecture.entity;

import java.util.List;

/** Ids of components this one uses, and third-party packages (pip names). */
public record Dependencies(List<String> internal, List<String> external) {

    public static final Dependencies NONE = new Dependencies(List.of(), List.of());

    public Dependencies {
        internal = Lists.of(internal);
        external = Lists.of(external);
    }
}
