package dev.backforge.architecture.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The backend component types, in the seed's layer order: when the dependency graph allows several components
 * next, the one of the lower layer comes first.
 */
public enum ComponentType {
    EXCEPTION(0), CONFIG(1), UTILITY(2), MODEL(3), ENTITY(3), REPOSITORY(4), SERVICE(5), DEPENDENCY(6), API(7),
    MIDDLEWARE(8), APP(9), OTHER(10);

    private final int layer;

    ComponentType(int layer) {
        this.layer = layer;
    }

    public int layer() {
        return layer;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static final Map<String, ComponentType> BY_KEY = Arrays.stream(values())
            .filter(t -> t != OTHER).collect(Collectors.toUnmodifiableMap(ComponentType::key, t -> t));

    public static ComponentType of(String type) {
        return type == null ? OTHER : BY_KEY.getOrDefault(type, OTHER);
    }

    /** Types whose component is a class that other components receive through their constructor. */
    public boolean isInjectable() {
        return this == CONFIG || this == UTILITY || this == REPOSITORY || this == SERVICE;
    }
}
