package dev.backforge.architecture.entity;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Absent collections in the artifact are empty ones in the model, so no caller checks for null. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> of(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    static <K, V> Map<K, V> of(Map<K, V> map) {
        // keep the artifact's order: generated code follows it, and must be the same every time
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
