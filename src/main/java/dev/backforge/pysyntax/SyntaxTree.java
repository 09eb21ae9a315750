package dev.backforge.pysyntax;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A parsed Python source: its text, its root node and the places where the parser found errors. */
public final class SyntaxTree {

    private final byte[] utf8;
    private SyntaxNode root;
    private final List<SyntaxNode> errors = new ArrayList<>();

    private final int[] lineStarts;

    SyntaxTree(String source) {
        this.utf8 = source.getBytes(StandardCharsets.UTF_8);
        int lines = 1;
        for (byte b : utf8) {
            if (b == '\n') {
                lines++;
            }
        }
        lineStarts = new int[lines];
        for (int i = 0, line = 1; i < utf8.length; i++) {
            if (utf8[i] == '\n' && line < lines) {
                lineStarts[line++] = i + 1;
            }
        }
    }

    /** 1-based line of a byte offset. */
    int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    void setRoot(SyntaxNode root) {
        this.root = root;
        root.walk(n -> {
            if (n.is("ERROR") || n.type().startsWith("MISSING"))
                errors.add(n);
        });
    }

    void addMissing(SyntaxNode node) {
        errors.add(node);
    }

    byte[] bytes() {
        return utf8;
    }

    public SyntaxNode root() {
        return root;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Nodes the parser could not make sense of (ERROR) or had to invent (MISSING), in source order. */
    public List<SyntaxNode> errors() {
        return errors;
    }

    String text(int start, int end) {
        return new String(utf8, start, end - start, StandardCharsets.UTF_8);
    }
}
