package dev.backforge.architecture.control;

import dev.backforge.architecture.entity.Signature;
import java.util.Optional;
import java.util.Set;

/**
 * What the input contract must know of a target stack's language to check an artifact: how its files are named,
 * how a method signature and a type expression read, and which names it knows without the artifact defining them.
 */
public interface Dialect {

    /** The extension every generated file of the stack has, with its dot ({@code .py}). */
    String fileExtension();

    /** Whether one folder or file name (without the extension) is a valid module name of the language. */
    boolean isModuleName(String segment);

    /** A method's signature line, parsed. */
    Signature signature(String line) throws InvalidSignatureException;

    /** The names a type expression uses, or empty when it is not a type expression of the language. */
    Optional<Set<String>> typeNames(String expression);

    /** A type the language or its standard libraries define (builtins, generics, dates, ...). */
    boolean isStandardType(String name);

    /** An exception class the language defines. */
    boolean isBuiltinException(String name);

    /** Thrown when a signature line is not exactly one function header of the language. */
    final class InvalidSignatureException extends Exception {
        public InvalidSignatureException(String message) {
            super(message);
        }
    }
}
