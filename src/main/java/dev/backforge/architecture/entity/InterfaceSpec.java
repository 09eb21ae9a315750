package dev.backforge.architecture.entity;

import java.util.List;

/** The public interface of a class component: its methods and the data classes it owns. */
public record InterfaceSpec(List<MethodSpec> methods, List<ModelSpec> models) {

    public static final InterfaceSpec EMPTY = new InterfaceSpec(List.of(), List.of());

    public InterfaceSpec {
        methods = Lists.of(methods);
        models = Lists.of(models);
    }
}
