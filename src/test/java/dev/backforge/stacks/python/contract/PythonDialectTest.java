package dev.backforge.stacks.python.contract;

import dev.backforge.architecture.control.Dialect;
import dev.backforge.architecture.entity.Parameter;
import dev.backforge.architecture.entity.Signature;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PythonDialectTest {

    private final PythonDialect dialect = new PythonDialect();

    @Test
    void aLineReadAgainIsTheSignatureReadBeforeAndTheSameAsAFreshRead() throws Exception {
        String line = "async def move_stock(self, sku: str, *, quantity: int = 1) -> StockLevel";
        Signature first = dialect.signature(line);
        assertSame(first, dialect.signature(line));
        assertEquals(PythonSignatures.parse(line), first);
        assertEquals(List.of("self", "sku", "quantity"), first.parameters().stream().map(Parameter::name).toList());
        assertEquals(Parameter.Kind.KEYWORD_ONLY, first.parameters().get(2).kind());
    }

    @Test
    void aLineThatDoesNotParseIsRefusedEveryTime() {
        String line = "def broken(self, x: int -> None";
        assertThrows(Dialect.InvalidSignatureException.class, () -> dialect.signature(line));
        assertThrows(Dialect.InvalidSignatureException.class, () -> dialect.signature(line));
    }

    @Test
    void theCacheKeepsTheLinesUsedLast() throws Exception {
        SignatureCache cache = new SignatureCache();
        Signature s = PythonSignatures.parse("def f(self) -> None");
        cache.put("kept", s);
        for (int i = 0; i < SignatureCache.CAPACITY + 10; i++) {
            cache.put("line " + i, s);
            if (i % 100 == 0) {
                // read now and then: the least recently used go first, not the oldest written
                cache.get("kept");
            }
        }
        assertEquals(SignatureCache.CAPACITY, cache.size());
        assertSame(s, cache.get("kept"));
        assertNull(cache.get("line 0"));
    }
}
