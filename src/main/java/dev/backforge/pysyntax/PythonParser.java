package dev.backforge.pysyntax;

import org.treesitter.TSInputEncoding;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSReader;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;
import org.treesitter.TreeSitterPython;

/**
 * Parses Python with tree-sitter's Python grammar. A tree-sitter parser is not thread-safe, so each thread keeps
 * its own; the native tree is copied into {@link SyntaxNode}s and released at once.
 */
public final class PythonParser {

    private static final ThreadLocal<TSParser> PARSERS = ThreadLocal.withInitial(() -> {
        TSParser parser = new TSParser();
        parser.setLanguage(new TreeSitterPython());
        return parser;
    });

    private PythonParser() {
    }

    public static SyntaxTree parse(String source) {
        SyntaxTree tree = new SyntaxTree(source);
        TSParser parser = PARSERS.get();
        byte[] source_ = tree.bytes();
        // feed the exact UTF-8 bytes (a Java String would cross JNI as modified UTF-8): node offsets then index them
        TSReader reader = (buffer, offset, point) -> {
            if (offset >= source_.length) {
                return 0;
            }
            int n = Math.min(buffer.length, source_.length - offset);
            System.arraycopy(source_, offset, buffer, 0, n);
            return n;
        };
        try (TSTree native_ = parser.parse(new byte[16 * 1024], null, reader, TSInputEncoding.TSInputEncodingUTF8)) {
            TSNode rootNode = native_.getRootNode();
            try (TSTreeCursor cursor = new TSTreeCursor(rootNode)) {
                tree.setRoot(copy(tree, cursor));
            }
        }
        return tree;
    }

    private static SyntaxNode copy(SyntaxTree tree, TSTreeCursor cursor) {
        SyntaxNode node = toNode(tree, cursor.currentNode(), cursor.currentFieldName());
        if (cursor.gotoFirstChild()) {
            do {
                node.add(copy(tree, cursor));
            } while (cursor.gotoNextSibling());
            cursor.gotoParent();
        }
        return node;
    }

    private static SyntaxNode toNode(SyntaxTree tree, TSNode n, String field) {
        String type = n.isMissing() ? "MISSING " + n.getType() : n.getType();
        return new SyntaxNode(tree, type, field, n.isNamed(), n.getStartByte(), n.getEndByte(),
                n.getStartPoint().getRow() + 1);
    }
}
