package dev.backforge.architecture.entity;

/** An exception class: its base (another exception or a builtin), default message and HTTP status. */
public record ExceptionSpec(String name, String base, String message, Integer httpStatus, String description) {

    public String baseOrDefault() {
        return base == null || base.isBlank() ? "Exception" : base;
    }
}
