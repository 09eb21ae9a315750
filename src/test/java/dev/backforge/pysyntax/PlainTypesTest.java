package dev.backforge.pysyntax;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The hand reader answers as the parser does wherever it answers at all. */
class PlainTypesTest {

    private static final List<String> NAMES = List.of("int", "str", "Item", "Item0001", "_x", "x1", "None", "True",
            "type", "match", "_", "print", "lambda", "not", "if", "Ärger", "résumé", "list", "dict", "Optional");
    private static final List<String> BLANKS = List.of("", "", "", " ", "  ", "\t");
    private static final List<String> SOUP = List.of("a", "None", "[", "]", ",", "|", ".", " ", "\t", "\"x\"", "1",
            "(", ")", "*", "if", "é", "\\", "#", "b.c", ":", "=", "\n");

    @Test
    void plainAnswersAreTheParsersOnGeneratedExpressions() {
        Random random = new Random(20261205);
        int plain = 0;
        for (int i = 0; i < 4000; i++) {
            plain += agrees(expression(random, 3)) ? 1 : 0;
        }
        // most generated expressions are of the plain shape; the rest went to the parser
        assertTrue(plain > 1000, "plain answers: " + plain);
    }

    @Test
    void plainAnswersAreTheParsersOnTokenSoup() {
        Random random = new Random(7);
        for (int i = 0; i < 4000; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = 1 + random.nextInt(7); n > 0; n--) {
                s.append(SOUP.get(random.nextInt(SOUP.size())));
            }
            agrees(s.toString());
        }
    }

    @Test
    void readsReferencesInSourceOrder() {
        assertEquals(List.of("dict", "str", "list", "Item"),
                List.copyOf(PlainTypes.names("dict[str, list[Item]] | None")));
        assertEquals(List.of("datetime"), List.copyOf(PlainTypes.names("datetime . date")));
        assertEquals(List.of("typing", "int"), List.copyOf(PlainTypes.names("typing.Optional[int]")));
        assertEquals(Optional.of(Set.of("Item")), TypeExpressions.names("Item | None"));
    }

    @Test
    void leavesOtherShapesToTheParser() {
        for (String s : List.of("", "Literal['a']", "list[int,]", "None.x", "Callable[..., int]", "résumé",
                "x if y else z", "a\nb", "tuple[()]", "int  # why",
                "a[b].c", "a[b][c]")) {
            assertNull(PlainTypes.names(s), s);
        }
    }

    private static boolean agrees(String s) {
        Set<String> plain = PlainTypes.names(s);
        if (plain == null) {
            return false;
        }
        Optional<Set<String>> parsed = TypeExpressions.parsed(s);
        assertTrue(parsed.isPresent(), () -> "the parser refuses what the hand reader read: [" + s + "]");
        assertEquals(List.copyOf(parsed.get()), List.copyOf(plain), () -> "[" + s + "]");
        return true;
    }

    private static String expression(Random random, int depth) {
        StringBuilder s = new StringBuilder(primary(random, depth));
        while (random.nextInt(4) == 0) {
            s.append(blank(random)).append('|').append(blank(random)).append(primary(random, depth));
        }
        return blank(random) + s + blank(random);
    }

    private static String primary(Random random, int depth) {
        StringBuilder s = new StringBuilder(NAMES.get(random.nextInt(NAMES.size())));
        while (random.nextInt(3) == 0) {
            if (random.nextBoolean()) {
                s.append(blank(random)).append('.').append(blank(random))
                        .append(NAMES.get(random.nextInt(NAMES.size())));
            } else if (depth > 0) {
                s.append(blank(random)).append('[').append(expression(random, depth - 1));
                while (random.nextInt(3) == 0) {
                    s.append(',').append(expression(random, depth - 1));
                }
                s.append(']');
            }
        }
        return s.toString();
    }

    private static String blank(Random random) {
        return BLANKS.get(random.nextInt(BLANKS.size()));
    }
}
