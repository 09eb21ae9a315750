package dev.backforge.stacks.python.generator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Member names for an enumeration's string values: "in-stock" becomes IN_STOCK. */
final class EnumMembers {

    private EnumMembers() {
    }

    /** Value to member name, in the artifact's order; clashes get a numeric suffix. */
    static Map<String, String> of(List<String> values) {
        Map<String, String> members = new LinkedHashMap<>();
        for (String value : values) {
            String base = value.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
            if (base.isEmpty() || Character.isDigit(base.charAt(0))) {
                base = "V_" + base;
            }
            String name = base;
            for (int n = 2; members.containsValue(name); n++) {
                name = base + "_" + n;
            }
            members.put(value, name);
        }
        return members;
    }
}
