package dev.backforge.generation.control;

/** A component could not be generated at all (as opposed to generated with stubs). */
public class GenerationException extends Exception {

    public GenerationException(String message) {
        super(message);
    }

    public GenerationException(String message, Throwable cause) {
        super(message, cause);
    }
}
