package dev.backforge.architecture.entity;

import java.math.BigDecimal;

/** Validation and storage constraints of a field or setting. */
public record Constraints(Integer minLength, Integer maxLength, String pattern, BigDecimal ge, BigDecimal le,
                          BigDecimal gt, BigDecimal lt, boolean primaryKey, boolean index, boolean unique,
                          String foreignKey, String onDelete) {

    public static final Constraints NONE = new Constraints(null, null, null, null, null, null, null, false, false,
            false, null, null);

    public boolean hasValidation() {
        return minLength != null || maxLength != null || pattern != null || ge != null || le != null || gt != null
                || lt != null;
    }
}
