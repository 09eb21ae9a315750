package dev.backforge.pysyntax;

import org.treesitter.TSNode;
import org.treesitter.TSParser;

/**
 * Direct access to tree-sitter's node functions. TSNode's public getters each make a second native call to check
 * the node for null; copying a tree calls them thousands of times per file, so this reaches the same native
 * functions without the check (the cursor never hands out a null node).
 */
final class NativeNodes extends TSParser {

    private NativeNodes() {
    }

    static String type(TSNode n) {
        return ts_node_type(n);
    }

    static boolean named(TSNode n) {
        return ts_node_is_named(n);
    }

    static int start(TSNode n) {
        return ts_node_start_byte(n);
    }

    static int end(TSNode n) {
        return ts_node_end_byte(n);
    }

    static boolean missing(TSNode n) {
        return ts_node_is_missing(n);
    }
}
