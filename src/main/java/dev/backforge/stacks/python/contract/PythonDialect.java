package dev.backforge.stacks.python.contract;

import dev.backforge.architecture.control.Dialect;
import dev.backforge.architecture.entity.Signature;
import dev.backforge.pysyntax.PythonNames;
import dev.backforge.pysyntax.TypeExpressions;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Python 3.11 as the input contract sees it: {@code .py} modules, {@code def} lines, type hints, builtins. */
public final class PythonDialect implements Dialect {

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    @Override
    public String fileExtension() {
        return ".py";
    }

    @Override
    public boolean isModuleName(String segment) {
        return IDENTIFIER.matcher(segment).matches();
    }

    @Override
    public Signature signature(String line) throws InvalidSignatureException {
        try {
            return PythonSignatures.parse(line);
        } catch (PythonSignatures.SignatureException e) {
            throw new InvalidSignatureException(e.getMessage());
        }
    }

    @Override
    public Optional<Set<String>> typeNames(String expression) {
        return TypeExpressions.names(expression);
    }

    @Override
    public boolean isStandardType(String name) {
        return PythonNames.isKnown(name);
    }

    @Override
    public boolean isBuiltinException(String name) {
        return PythonNames.BUILTIN_EXCEPTIONS.contains(name);
    }
}
