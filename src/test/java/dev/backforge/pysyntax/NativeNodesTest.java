package dev.backforge.pysyntax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.treesitter.TSNode;
import org.treesitter.TSParser;
import org.treesitter.TSTree;
import org.treesitter.TSTreeCursor;
import org.treesitter.TreeSitterPython;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The copied tree takes a node's type and named-ness from a table by symbol; here every node of every Python file
 * among the test resources (generated backends, checks, broken snippets) and of sources with errors is compared with
 * what tree-sitter answers for that node directly.
 */
class NativeNodesTest extends TSParser {

    @Test
    void copiedNodesSayWhatTreeSitterSays() throws IOException {
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".py")).toList()) {
                sources.add(Files.readString(f));
            }
        }
        // recovery from errors: ERROR and MISSING nodes, keywords as names, a cut-off file
        sources.add("def f(:\n    return (1,\nclass\n");
        sources.add("match = 1\ncase = match\ntype = case\nprint(match, case, type)\n");
        sources.add("async def g(x: int = ) -> :\n    await\n");
        sources.add(sources.get(0).substring(0, sources.get(0).length() / 2));
        int nodes = 0;
        for (String source : sources) {
            nodes += compare(source);
        }
        assertTrue(sources.size() > 100 && nodes > 100_000, sources.size() + " sources, " + nodes + " nodes");
    }

    private static int compare(String source) {
        List<String> copied = new ArrayList<>();
        PythonParser.parse(source).root().walk(n -> copied.add(n.type() + " " + n.named() + " " + n.line() + " "
                + n.text()));
        List<String> direct = new ArrayList<>();
        TSParser parser = new TSParser();
        parser.setLanguage(new TreeSitterPython());
        try (TSTree tree = parser.parseString(null, source);
                TSTreeCursor cursor = new TSTreeCursor(tree.getRootNode())) {
            boolean errors = tree.getRootNode().hasError();
            walk(cursor, errors, source.getBytes(StandardCharsets.UTF_8), direct);
        }
        assertEquals(direct, copied, source.length() > 200 ? source.substring(0, 200) : source);
        return copied.size();
    }

    private static void walk(TSTreeCursor cursor, boolean errors, byte[] utf8, List<String> out) {
        TSNode n = cursor.currentNode();
        String type = ts_node_type(n);
        int start = ts_node_start_byte(n);
        out.add((errors && ts_node_is_missing(n) ? "MISSING " + type : type) + " " + ts_node_is_named(n) + " "
                + (ts_node_start_point(n).getRow() + 1) + " "
                + new String(utf8, start, ts_node_end_byte(n) - start, StandardCharsets.UTF_8));
        if (cursor.gotoFirstChild()) {
            do {
                walk(cursor, errors, utf8, out);
            } while (cursor.gotoNextSibling());
            cursor.gotoParent();
        }
    }
}
