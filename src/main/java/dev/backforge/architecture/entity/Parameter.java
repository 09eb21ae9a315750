package dev.backforge.architecture.entity;

/**
 * One parameter of a signature.
 *
 * @param annotation the annotation's source text, or null when there is none
 * @param defaultValue the default's source text, or null when there is none
 */
public record Parameter(String name, String annotation, String defaultValue, Kind kind) {

    public enum Kind {
        POSITIONAL_ONLY, REGULAR, VAR_POSITIONAL, KEYWORD_ONLY, VAR_KEYWORD
    }

    public boolean isReceiver() {
        return ("self".equals(name) || "cls".equals(name)) && annotation == null && kind != Kind.KEYWORD_ONLY;
    }

    public boolean hasDefault() {
        return defaultValue != null;
    }

    /** How the parameter is written in a def: prefix, name, annotation and default. */
    public String render() {
        String prefix = kind == Kind.VAR_POSITIONAL ? "*" : kind == Kind.VAR_KEYWORD ? "**" : "";
        StringBuilder s = new StringBuilder(prefix).append(name);
        if (annotation != null) {
            s.append(": ").append(annotation);
        }
        if (defaultValue != null) {
            s.append(annotation != null ? " = " : "=").append(defaultValue);
        }
        return s.toString();
    }
}
