package dev.backforge.architecture.entity;

import java.util.List;

/** A Python function signature as a real parser read it. */
public record Signature(String name, boolean async, List<Parameter> parameters, String returns) {

    public Signature {
        parameters = List.copyOf(parameters);
    }

    /** Parameters other than the receiver ({@code self} or {@code cls}). */
    public List<Parameter> arguments() {
        return parameters.stream().filter(p -> !p.isReceiver()).toList();
    }
}
