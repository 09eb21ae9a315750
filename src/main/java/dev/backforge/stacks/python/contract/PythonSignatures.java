package dev.backforge.stacks.python.contract;

import dev.backforge.architecture.entity.Parameter;
import dev.backforge.architecture.entity.Parameter.Kind;
import dev.backforge.architecture.entity.Signature;
import dev.backforge.pysyntax.PythonParser;
import dev.backforge.pysyntax.SyntaxNode;
import dev.backforge.pysyntax.SyntaxTree;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code def} or {@code async def} line into a {@link Signature} with the Python grammar. */
public final class PythonSignatures {

    private PythonSignatures() {
    }

    /** Thrown when the text is not exactly one function header. */
    public static final class SignatureException extends Exception {
        public SignatureException(String message) {
            super(message);
        }
    }

    public static Signature parse(String signature) throws SignatureException {
        String header = signature.strip();
        if (header.endsWith(":")) {
            header = header.substring(0, header.length() - 1);
        }
        Signature plain = PlainSignatures.read(header);
        return plain != null ? plain : parsed(header, signature);
    }

    /** The signature of {@code header} (stripped, no colon) from the parser alone. */
    static Signature parsed(String header, String signature) throws SignatureException {
        // a body is appended so that the header alone parses as a complete definition
        SyntaxTree tree = PythonParser.parse(header + ":\n    ...\n");
        if (tree.hasErrors()) {
            throw new SignatureException("not a valid Python def line near line "
                    + tree.errors().get(0).line() + ": " + signature.strip());
        }
        List<SyntaxNode> statements = tree.root().namedChildren();
        if (statements.size() != 1 || !statements.get(0).is("function_definition")) {
            throw new SignatureException("expected one 'def' or 'async def' line, got: " + signature.strip());
        }
        SyntaxNode def = statements.get(0);
        SyntaxNode body = def.child("body").orElseThrow();
        if (!body.text().strip().equals("...")) {
            throw new SignatureException("a signature has no body; remove the code after the ':'");
        }
        String name = def.child("name").orElseThrow().text();
        String returns = def.child("return_type").map(SyntaxNode::text).orElse(null);
        return new Signature(name, def.hasChildToken("async"), parameters(def.child("parameters").orElseThrow()),
                returns);
    }

    /** The parameters of a {@code parameters} node, in order, with their kinds. */
    public static List<Parameter> parameters(SyntaxNode parameters) {
        List<Parameter> result = new ArrayList<>();
        boolean keywordOnly = false;
        for (SyntaxNode p : parameters.children()) {
            switch (p.type()) {
                case "identifier" -> result.add(new Parameter(p.text(), null, null, regular(keywordOnly)));
                case "typed_parameter" -> {
                    Parameter typed = typed(p, keywordOnly);
                    // after *args, annotated or not, the rest are keyword-only
                    keywordOnly = keywordOnly || typed.kind() == Kind.VAR_POSITIONAL;
                    result.add(typed);
                }
                case "default_parameter", "typed_default_parameter" -> result.add(new Parameter(
                        p.child("name").orElseThrow().text(), p.child("type").map(SyntaxNode::text).orElse(null),
                        p.child("value").orElseThrow().text(), regular(keywordOnly)));
                case "list_splat_pattern" -> {
                    keywordOnly = true;
                    result.add(new Parameter(p.namedChildren().get(0).text(), null, null, Kind.VAR_POSITIONAL));
                }
                case "dictionary_splat_pattern" ->
                    result.add(new Parameter(p.namedChildren().get(0).text(), null, null, Kind.VAR_KEYWORD));
                case "keyword_separator" -> keywordOnly = true;
                case "positional_separator" -> result.replaceAll(q -> new Parameter(q.name(), q.annotation(),
                        q.defaultValue(), Kind.POSITIONAL_ONLY));
                default -> {
                }
            }
        }
        return result;
    }

    private static Kind regular(boolean keywordOnly) {
        return keywordOnly ? Kind.KEYWORD_ONLY : Kind.REGULAR;
    }

    /** {@code x: int}, {@code *args: str} and {@code **kw: Any} are all typed_parameter nodes. */
    private static Parameter typed(SyntaxNode p, boolean keywordOnly) {
        SyntaxNode first = p.namedChildren().get(0);
        String annotation = p.child("type").map(SyntaxNode::text).orElse(null);
        return switch (first.type()) {
            case "list_splat_pattern" ->
                new Parameter(first.namedChildren().get(0).text(), annotation, null, Kind.VAR_POSITIONAL);
            case "dictionary_splat_pattern" ->
                new Parameter(first.namedChildren().get(0).text(), annotation, null, Kind.VAR_KEYWORD);
            default -> new Parameter(first.text(), annotation, null, regular(keywordOnly));
        };
    }
}
