package dev.backforge.stacks.python.contract;

import dev.backforge.architecture.entity.Parameter;
import dev.backforge.architecture.entity.Parameter.Kind;
import dev.backforge.architecture.entity.Signature;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The hand reader answers as the parser does wherever it answers at all. */
class PlainSignaturesTest {

    private static final List<String> STARTS = List.of("def", "def", "async def", "async  def", "asyncdef", "def\t",
            "class", "lambda");
    private static final List<String> NAMES = List.of("get", "list_items", "_x", "f1", "match", "print", "if", "None",
            "résumé");
    private static final List<String> PARAMETERS = List.of("self", "cls", "a", "item_id: int", "a: list[X] | None",
            "a: typing.Optional[int]", "a=1", "a = -1", "a=1.5", "a: int = 0", "a: str='x'", "a: str = \"y z\"",
            "a=None", "a=True", "a=b.c", "a=b .c", "a=007", "a=1e5", "a=0x1F", "a=[]", "a=f()", "a='\\n'", "a: 'X'",
            "*", "*args", "*args: int", "**kw", "**kw: Any", "/", "*args=1", "lambda", "match", "a: a[b][c]", "a:",
            "a: int = ", "a b", "é", "a:int=0", "a=- 1", "a=''", "a='é'");
    private static final List<String> RETURNS = List.of("", "", " -> None", " -> X", " -> list[X]", "->dict[str, int]",
            " ->", " -> a[b].c", " -> 'X'", ": ...", " -> int:");

    @Test
    void plainAnswersAreTheParsersOnGeneratedLines() throws Exception {
        Random random = new Random(20261205);
        int plain = 0;
        for (int i = 0; i < 20_000; i++) {
            plain += agrees(line(random)) ? 1 : 0;
        }
        // over a thousand lines are of the plain shape; the rest went to the parser
        assertTrue(plain > 1000, "plain answers: " + plain);
    }

    @Test
    void readsKindsTextsAndDefaultsAsWritten() throws Exception {
        Signature s = PythonSignatures.parse("async def move(self, sku: str, /, n: int = 1, *rest: str, "
                + "when: datetime.date | None = None, **extra: Any) -> list[Item]:");
        assertEquals(new Signature("move", true, List.of(
                new Parameter("self", null, null, Kind.POSITIONAL_ONLY),
                new Parameter("sku", "str", null, Kind.POSITIONAL_ONLY),
                new Parameter("n", "int", "1", Kind.REGULAR),
                new Parameter("rest", "str", null, Kind.VAR_POSITIONAL),
                new Parameter("when", "datetime.date | None", "None", Kind.KEYWORD_ONLY),
                new Parameter("extra", "Any", null, Kind.VAR_KEYWORD)), "list[Item]"), s);
    }

    @Test
    void afterAnAnnotatedStarArgTheRestAreKeywordOnlyOnTheParsersPathToo() throws Exception {
        // a call as a default is not plain: this line goes through tree-sitter
        String header = "def f(a, *args: int, b=g())";
        assertNull(PlainSignatures.read(header));
        assertEquals(Kind.KEYWORD_ONLY, PythonSignatures.parse(header).parameters().get(2).kind());
    }

    private static boolean agrees(String line) throws Exception {
        String header = line.strip();
        if (header.endsWith(":")) {
            header = header.substring(0, header.length() - 1);
        }
        Signature plain = PlainSignatures.read(header);
        if (plain == null) {
            return false;
        }
        try {
            assertEquals(PythonSignatures.parsed(header, line), plain, line);
        } catch (PythonSignatures.SignatureException e) {
            fail("the parser refuses what the hand reader read: [" + line + "]: " + e.getMessage());
        }
        return true;
    }

    private static String line(Random random) {
        StringBuilder s = new StringBuilder(pick(random, STARTS)).append(' ').append(pick(random, NAMES)).append('(');
        for (int n = random.nextInt(5), i = 0; i < n; i++) {
            s.append(i == 0 ? "" : random.nextInt(8) == 0 ? " ," : ", ").append(pick(random, PARAMETERS));
        }
        if (random.nextInt(10) == 0) {
            s.append(',');
        }
        return s.append(')').append(pick(random, RETURNS)).append(random.nextBoolean() ? ":" : "").toString();
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
