package dev.backforge.architecture.entity;

import java.util.List;
import java.util.Optional;

/** A Python function signature as a real parser read it. */
public record Signature(String name, boolean async, List<Parameter> parameters, String returns) {

    public Signature {
        parameters = List.copyOf(parameters);
    }

    /** Parameters other than the receiver ({@code self} or {@code cls}). */
    public List<Parameter> arguments() {
        return parameters.stream().filter(p -> !p.isReceiver()).toList();
    }

    /** The receiver's name when the first parameter is one ({@code self} or {@code cls}), else empty. */
    public Optional<String> receiver() {
        return parameters.isEmpty() || !parameters.get(0).isReceiver() ? Optional.empty()
                : Optional.of(parameters.get(0).name());
    }
}
