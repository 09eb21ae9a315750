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

    /** Shared by every reader of the process: a launch, a stored revision read back, the command line. */
    private static final SignatureCache SIGNATURES = new SignatureCache();

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
        Signature known = SIGNATURES.get(line);
        if (known != null) {
            return known;
        }
        try {
            Signature read = PythonSignatures.parse(line);
            SIGNATURES.put(line, read);
            return read;
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
