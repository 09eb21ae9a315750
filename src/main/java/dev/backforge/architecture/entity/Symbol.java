package dev.backforge.architecture.entity;

/**
 * A Python name the architecture defines: an exception, a model (or enumeration, or mapped entity) or the class of a
 * component. {@code model} and {@code exception} are set for those kinds only.
 */
public record Symbol(String name, Kind kind, Component owner, ModelSpec model, ExceptionSpec exception) {

    public enum Kind {
        EXCEPTION, MODEL, ENUM, ENTITY, CLASS
    }

    public String module() {
        return owner.module();
    }
}
