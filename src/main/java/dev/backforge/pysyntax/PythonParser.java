package dev.backforge.pysyntax;

import java.util.concurrent.ConcurrentLinkedQueue;
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

    /** Idle parsers; a pool rather than thread-locals, which would outlive an undeployed application. */
    private static final ConcurrentLinkedQueue<TSParser> PARSERS = new ConcurrentLinkedQueue<>();
    private static final int CHUNK = 16 * 1024;

    private PythonParser() {
    }

    public static SyntaxTree parse(String source) {
        SyntaxTree tree = new SyntaxTree(source);
        TSParser parser = PARSERS.poll();
        if (parser == null) {
            parser = new TSParser();
            parser.setLanguage(new TreeSitterPython());
        }
        try {
            return parse(tree, parser);
        } finally {
            PARSERS.offer(parser);
        }
    }

    private static SyntaxTree parse(SyntaxTree tree, TSParser parser) {
        byte[] bytes = tree.bytes();
        // feed the exact UTF-8 bytes (a Java String would cross JNI as modified UTF-8): node offsets then index them
        TSReader reader = (buffer, offset, point) -> {
            if (offset >= bytes.length) {
                return 0;
            }
            int n = Math.min(buffer.length, bytes.length - offset);
            System.arraycopy(bytes, offset, buffer, 0, n);
            return n;
        };
        // the chunk buffer crosses JNI on every read: no larger than the text (snippets are a few dozen bytes)
        byte[] chunk = new byte[Math.min(CHUNK, bytes.length + 1)];
        try (TSTree nativeTree = parser.parse(chunk, null, reader, TSInputEncoding.TSInputEncodingUTF8)) {
            TSNode rootNode = nativeTree.getRootNode();
            // MISSING nodes can only exist where the parser recovered from an error
            boolean checkMissing = rootNode.hasError();
            try (TSTreeCursor cursor = new TSTreeCursor(rootNode)) {
                tree.setRoot(copy(tree, cursor, checkMissing));
            }
        }
        return tree;
    }

    private static SyntaxNode copy(SyntaxTree tree, TSTreeCursor cursor, boolean checkMissing) {
        SyntaxNode node = toNode(tree, cursor.currentNode(), cursor.currentFieldName(), checkMissing);
        if (cursor.gotoFirstChild()) {
            do {
                node.add(copy(tree, cursor, checkMissing));
            } while (cursor.gotoNextSibling());
            cursor.gotoParent();
        }
        return node;
    }

    private static SyntaxNode toNode(SyntaxTree tree, TSNode n, String field, boolean checkMissing) {
        NativeNodes.Kind kind = NativeNodes.kind(n);
        String type = checkMissing && NativeNodes.missing(n) ? "MISSING " + kind.type() : kind.type();
        int start = NativeNodes.start(n);
        return new SyntaxNode(tree, type, field, kind.named(), start, NativeNodes.end(n), tree.lineOf(start));
    }
}
