package dev.backforge.stacks.python.verification;

import dev.backforge.architecture.entity.Architecture;
import dev.backforge.architecture.entity.Component;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.planning.control.Planner;
import dev.backforge.planning.entity.Plan;
import dev.backforge.stacks.TargetStacks;
import dev.backforge.stacks.python.generator.TemplateGenerator;
import dev.backforge.support.Examples;
import dev.backforge.verification.entity.Finding;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every verifier rule: a file that breaks it is reported, the same file without the break is not. */
class PythonVerifierTest {

    static final String HASHER = """
            \"""Password hashing.\"""

            from __future__ import annotations

            import logging

            logger = logging.getLogger(__name__)


            class PasswordHasher:
                \"""Hashes passwords.\"""

                def hash(self, password: str) -> str:
                    \"""Hash a password.

                    Args:
                        password: The password.

                    Returns:
                        The hash.
                    \"""
                    return password[::-1]

                def verify(self, password: str, password_hash: str) -> bool:
                    \"""Check a password against a hash.\"""
                    return self.hash(password) == password_hash
            """;

    static Architecture auth;
    static Plan plan;
    static GenerationContext context;

    @BeforeAll
    static void readExample() throws Exception {
        auth = TargetStacks.STANDARD.reader().read(Examples.bytes("auth-service.json"));
        plan = new Planner().plan(auth);
        context = GenerationContext.of(auth, plan);
    }

    static Stream<Arguments> rules() {
        return Stream.of(
                hasher("syntax", s -> s.replace("return password[::-1]", "return password[::-1")),
                hasher("undefined-name", s -> s.replace("return password[::-1]", "return hashlib.sha256(password)")),
                hasher("unused-import", s -> s.replace("import logging\n", "import logging\nimport os\n")),
                hasher("redefined-import", s -> s.replace("import logging\n",
                        "import logging\nfrom hashlib import sha256\nfrom hmac import new as sha256\n")
                        + "\n\nDIGEST = sha256\n"),
                hasher("redefined-import", s -> s.replace("import logging\n",
                        "import logging\nfrom hashlib import sha256\n")
                        + "\n\nDIGEST = sha256\n\n\ndef sha256(data: bytes) -> bytes:\n    \"\"\"Hash data.\"\"\"\n"
                        + "    return data\n"),
                hasher("method-without-self", s -> s + "\n\nclass Salts:\n    \"\"\"Salts.\"\"\"\n\n"
                        + "    def size(n: int) -> int:\n        \"\"\"Size.\"\"\"\n        return n\n"),
                hasher("docstring-missing",
                        s -> s.replace("        \"\"\"Check a password against a hash.\"\"\"\n", "")),
                hasher("annotation-missing", s -> s + "\n\ndef _salt(n):\n    return n\n"),
                hasher("class-missing", s -> s.replace("class PasswordHasher:", "class Hasher:")),
                hasher("method-missing", s -> s.replace("def verify(", "def check(")),
                hasher("signature-async", s -> s.replace("    def hash(", "    async def hash(")),
                hasher("signature-parameters",
                        s -> s.replace("def hash(self, password: str)", "def hash(self, password: bytes)")),
                hasher("signature-return", s -> s.replace("password: str) -> str:", "password: str) -> bytes:")),
                hasher("eval-exec", s -> s.replace("return password[::-1]", "return str(eval(password))")),
                hasher("hardcoded-secret",
                        s -> s.replace("logger = logging", "API_KEY = \"k-29sd8f7\"\nlogger = logging")),
                hasher("sql-string-formatting", s -> s + "\n\ndef _query(name: str) -> str:\n"
                        + "    return f\"SELECT * FROM users WHERE name = '{name}'\"\n"),
                generated("raises-missing", "COMP-001",
                        s -> s.replace("            TokenExpiredError: Token has expired.\n", "")),
                generated("dependency-not-injected", "COMP-001",
                        s -> s.replace("        password_hasher: PasswordHasher,\n", "")
                                .replace("        self._password_hasher = password_hasher\n", "")),
                generated("dependency-constructed", "COMP-001",
                        s -> s.replace("        self._password_hasher = password_hasher\n",
                                "        self._password_hasher = PasswordHasher()\n")),
                generated("handler-missing", "COMP-007", s -> s.replace("async def login(", "async def sign_in(")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void reportsTheBrokenRuleOnlyWhenBroken(String rule, String componentId, String good, String bad) {
        Component c = auth.component(componentId).orElseThrow();
        List<Finding> onGood = verify(c, good);
        List<Finding> onBad = verify(c, bad);
        assertNotEquals(good, bad, "the mutation must change the file");
        assertTrue(onGood.stream().noneMatch(f -> f.rule().equals(rule)), onGood.toString());
        assertTrue(onGood.stream().noneMatch(Finding::isError), onGood.toString());
        Finding found = onBad.stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + onBad));
        assertTrue(found.isError());
        assertTrue(found.line() >= 1);
        assertEquals(c.filePath(), found.file());
    }

    @Test
    void aStubIsAWarningNotAnError() {
        Component c = auth.component("COMP-003").orElseThrow();
        String stubbed = HASHER.replace("return self.hash(password) == password_hash",
                "raise NotImplementedError(\"later\")");
        List<Finding> findings = verify(c, stubbed);
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals("stub") && !f.isError()), findings.toString());
        assertTrue(findings.stream().noneMatch(Finding::isError), findings.toString());
    }

    @Test
    void aStaticOrClassMethodNeedsNoSelf() {
        Component c = auth.component("COMP-003").orElseThrow();
        String code = HASHER + "\n\nclass Salts:\n    \"\"\"Salts.\"\"\"\n\n    @staticmethod\n"
                + "    def size(n: int) -> int:\n        \"\"\"Size.\"\"\"\n        return n\n\n    @classmethod\n"
                + "    def make(cls) -> Salts:\n        \"\"\"Make.\"\"\"\n        return cls()\n";
        List<Finding> findings = verify(c, code);
        assertTrue(findings.stream().noneMatch(Finding::isError), findings.toString());
    }

    @Test
    void aFallbackImportIsNotARedefinition() {
        Component c = auth.component("COMP-003").orElseThrow();
        String code = HASHER.replace("import logging\n", "import logging\n\ntry:\n    from hashlib import sha3_256 as "
                + "digest\nexcept ImportError:\n    from hashlib import sha256 as digest\n") + "\n\nDIGEST = digest\n";
        List<Finding> findings = verify(c, code);
        assertTrue(findings.stream().noneMatch(f -> f.rule().equals("redefined-import")), findings.toString());
    }

    @Test
    void scopesFollowPython() {
        Component c = auth.component("COMP-003").orElseThrow();
        String extra = HASHER + """


                def _total(values: list[int]) -> int:
                    total = 0
                    for value in values:
                        total += value
                    squares = [v * v for v in values if (w := v) > 0]
                    return total + sum(squares) + len([w])


                class _Box:
                    size = 3
                    doubled = size * 2

                    def area(self) -> int:
                        \"""Area.\"""
                        return size
                """;
        List<Finding> findings = verify(c, extra);
        // a method does not see its class's names: 'size' inside area() is undefined, everything else resolves
        assertEquals(List.of("undefined-name"), findings.stream().filter(Finding::isError).map(Finding::rule).toList(),
                findings.toString());
        assertTrue(findings.get(0).message().contains("'size'"));
    }

    static List<Finding> verify(Component c, String source) {
        List<Component> injectable = context.dependencies(c).stream().filter(d -> d.kind().isInjectable()).toList();
        return new PythonVerifier().verify(c, source, injectable);
    }

    private static Arguments hasher(String rule, UnaryOperator<String> mutation) {
        return Arguments.of(rule, "COMP-003", HASHER, mutation.apply(HASHER));
    }

    private static Arguments generated(String rule, String componentId, UnaryOperator<String> mutation) {
        try {
            readExample();
            var planned = plan.components().stream().filter(p -> p.id().equals(componentId)).findFirst().orElseThrow();
            String good = new TemplateGenerator().generate(context, planned).content();
            return Arguments.of(rule, componentId, good, mutation.apply(good));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
