package dev.backforge.pysyntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One node of a parsed Python file, copied out of tree-sitter's native tree so that analysis runs in plain Java
 * (no JNI call per question, no native memory to free).
 */
public final class SyntaxNode {

    private final String type;
    private final String field;
    private final boolean named;
    private final int startByte;
    private final int endByte;
    private final int line;
    private final SyntaxTree tree;
    private final List<SyntaxNode> children = new ArrayList<>();
    private SyntaxNode parent;

    SyntaxNode(SyntaxTree tree, String type, String field, boolean named, int startByte, int endByte, int line) {
        this.tree = tree;
        this.type = type;
        this.field = field;
        this.named = named;
        this.startByte = startByte;
        this.endByte = endByte;
        this.line = line;
    }

    void add(SyntaxNode child) {
        child.parent = this;
        children.add(child);
    }

    public String type() {
        return type;
    }

    /** The grammar field this node fills in its parent ("name", "parameters", "return_type", ...), or null. */
    public String field() {
        return field;
    }

    public boolean named() {
        return named;
    }

    /** 1-based line of the node's first character. */
    public int line() {
        return line;
    }

    public SyntaxNode parent() {
        return parent;
    }

    public List<SyntaxNode> children() {
        return children;
    }

    public String text() {
        return tree.text(startByte, endByte);
    }

    public boolean is(String nodeType) {
        return type.equals(nodeType);
    }

    public Optional<SyntaxNode> child(String fieldName) {
        return children.stream().filter(c -> fieldName.equals(c.field)).findFirst();
    }

    public List<SyntaxNode> namedChildren() {
        return children.stream().filter(SyntaxNode::named).toList();
    }

    public boolean hasChildToken(String token) {
        return children.stream().anyMatch(c -> !c.named && c.type.equals(token));
    }

    /** Visits this node and every descendant, depth first, in source order. */
    public void walk(Consumer<SyntaxNode> visitor) {
        visitor.accept(this);
        for (SyntaxNode c : children) {
            c.walk(visitor);
        }
    }

    public List<SyntaxNode> descendants(String nodeType) {
        List<SyntaxNode> found = new ArrayList<>();
        walk(n -> {
            if (n.is(nodeType))
                found.add(n);
        });
        return found;
    }

    @Override
    public String toString() {
        return type + "@" + line;
    }
}
