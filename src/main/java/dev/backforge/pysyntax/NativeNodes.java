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

    /** What a node's symbol says of it: its type's name, and whether it is named (a rule) or anonymous (a token). */
    record Kind(String type, boolean named) {
    }

    /**
     * Kinds by symbol. A node's type and named-ness follow from its (visible) symbol alone, and each call on a node
     * crosses JNI with the node's fields (some 0.45 µs each here): one call for the symbol replaces two. Symbols are 16
     * bits (ERROR is the last); the table is filled as symbols are met, racily but always with the same value.
     */
    private static final Kind[] KINDS = new Kind[1 << 16];

    static Kind kind(TSNode n) {
        int symbol = ts_node_symbol(n) & 0xFFFF;
        Kind kind = KINDS[symbol];
        if (kind == null) {
            kind = new Kind(ts_node_type(n), ts_node_is_named(n));
            KINDS[symbol] = kind;
        }
        return kind;
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
