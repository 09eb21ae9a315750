package dev.backforge.pysyntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** A parsed Python source: its text, its root node and the places where the parser found errors. */
public final class SyntaxTree {

    private final byte[] utf8;
    private SyntaxNode root;
    private final List<SyntaxNode> errors = new ArrayList<>();

    SyntaxTree(String source) {
        this.utf8 = source.getBytes(StandardCharsets.UTF_8);
    }

    void setRoot(SyntaxNode root) {
        this.root = root;
        root.walk(n -> { if (n.is("ERROR") || n.type().startsWith("MISSING")) errors.add(n); });
    }

    void addMissing(SyntaxNode node) { errors.add(node); }

    byte[] bytes() { return utf8; }

    public SyntaxNode root() { return root; }

    public boolean hasErrors() { return !errors.isEmpty(); }

    /** Nodes the parser could not make sense of (ERROR) or had to invent (MISSING), in source order. */
    public List<SyntaxNode> errors() { return errors; }

    String text(int start, int end) {
        return new String(utf8, start, end - start, StandardCharsets.UTF_8);
    }
}
