package dev.backforge.architecture.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.architecture.entity.Architecture;
import dev.backforge.kernel.RuleViolation;
import dev.backforge.stacks.TargetStacks;
import dev.backforge.support.Artifacts;
import dev.backforge.support.Examples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule of docs/architecture-artifact.md: a broken artifact names the rule and the JSON Pointer. */
public class ArchitectureValidationTest {

    static final String AUTH = "auth-service.json";

    /** rule, pointer, mutation of the auth-service example. */
    public static Stream<Arguments> violations() {
        return Stream.of(
                rule("schema-required", "/architecture_id", d -> d.remove("architecture_id")),
                rule("schema-required", "/components/0/id", d -> c(d, 0).remove("id")),
                rule("schema-type", "/components/0/name", d -> c(d, 0).put("name", 5)),
                rule("schema-enum", "/components/2/type", d -> c(d, 2).put("type", "widget")),
                rule("schema-not", "/components/4/models/0/name",
                        d -> ((ObjectNode) d.get("components").get(4).get("models").get(0)).put("name", "class")),
                rule("duplicate-id", "/components/2/id", d -> c(d, 2).put("id", "COMP-000")),
                rule("duplicate-file-path", "/components/3/file_path",
                        d -> c(d, 3).put("file_path", "src/auth/password.py")),
                rule("unknown-dependency", "/components/6/dependencies/internal/0",
                        d -> internal(d, 6).set(0, "COMP-404")),
                rule("dependency-cycle", "/components/2/dependencies/internal/0",
                        d -> internal(d, 2).add("COMP-001")),
                rule("file-path-absolute", "/components/2/file_path", d -> c(d, 2).put("file_path", "/etc/passwd.py")),
                rule("file-path-traversal", "/components/2/file_path",
                        d -> c(d, 2).put("file_path", "src/../../escape.py")),
                rule("file-path-drive-letter", "/components/2/file_path",
                        d -> c(d, 2).put("file_path", "C:/auth/password.py")),
                rule("file-path-control-character", "/components/2/file_path",
                        d -> c(d, 2).put("file_path", "src/auth/pass\u0000word.py")),
                rule("file-path-extension", "/components/2/file_path",
                        d -> c(d, 2).put("file_path", "src/auth/password.ts")),
                rule("signature-syntax", "/components/2/interface/methods/0/signature",
                        d -> method(d, 2, 0).put("signature", "def hash(self, password: str -> str")),
                rule("signature-name-mismatch", "/components/2/interface/methods/0/signature",
                        d -> method(d, 2, 0).put("signature", "def digest(self, password: str) -> str")),
                rule("signature-unannotated", "/components/2/interface/methods/0/signature",
                        d -> method(d, 2, 0).put("signature", "def hash(self, password) -> str")),
                rule("unknown-exception", "/components/6/interface/methods/0/raises/0",
                        d -> ((ArrayNode) method(d, 6, 0).get("raises")).set(0, "NoSuchError")),
                rule("unknown-service", "/components/7/endpoints/0/service",
                        d -> endpoint(d, 7, 0).put("service", "COMP-404")),
                rule("unknown-service-method", "/components/7/endpoints/0/service_method",
                        d -> endpoint(d, 7, 0).put("service_method", "sign_in")),
                rule("unknown-type", "/components/4/models/0/fields/0/type",
                        d -> field(d, 4, 0, 0).put("type", "Identifier")),
                rule("unknown-entity", "/components/5/entity", d -> c(d, 5).put("entity", "Account")),
                rule("unknown-exception-base", "/components/0/exceptions/0/base",
                        d -> ((ObjectNode) c(d, 0).get("exceptions").get(0)).put("base", "Failure")),
                rule("secret-default", "/components/1/settings/0/default",
                        d -> ((ObjectNode) c(d, 1).get("settings").get(0)).put("default", "changeme")),
                rule("duplicate-name", "/components/6/interface/models/0/name",
                        d -> ((ObjectNode) c(d, 4).get("models").get(1)).put("name", "TokenPair")));
    }

    @ParameterizedTest(name = "{0} at {1}")
    @MethodSource("violations")
    void reportsTheRuleAndThePointer(String rule, String pointer, Consumer<ObjectNode> mutation) {
        byte[] artifact = Artifacts.mutated(AUTH, mutation);
        InvalidArchitectureException e = assertThrows(InvalidArchitectureException.class,
                () -> TargetStacks.STANDARD.reader().read(artifact));
        assertFalse(e.malformed(), "valid JSON that breaks the contract is a 422, not a 400");
        assertTrue(e.violations().stream().anyMatch(v -> v.rule().equals(rule) && v.pointer().equals(pointer)),
                "expected " + rule + " at " + pointer + " in " + e.violations());
        e.violations().forEach(v -> assertFalse(v.message().isBlank()));
    }

    @Test
    void malformedJsonIsABadRequestWithItsPosition() {
        var e = assertThrows(InvalidArchitectureException.class,
                () -> TargetStacks.STANDARD.reader()
                        .read("{\"architecture_id\": \"A\",\n \"components\": [}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.malformed());
        RuleViolation v = e.violations().get(0);
        assertEquals("malformed-json", v.rule());
        assertEquals("", v.pointer());
        assertTrue(v.message().contains("line 2"), v.message());
    }

    @Test
    void documentOverTheSizeLimitIsRefusedBeforeParsing() {
        var e = assertThrows(InvalidArchitectureException.class,
                () -> TargetStacks.STANDARD.reader(new ArchitectureLimits(1024, 100)).read(Examples.bytes(AUTH)));
        assertTrue(e.malformed());
        assertEquals("size-limit", e.violations().get(0).rule());
    }

    @Test
    void tooManyComponentsAreRefused() {
        var e = assertThrows(InvalidArchitectureException.class,
                () -> TargetStacks.STANDARD.reader(new ArchitectureLimits(1 << 20, 3)).read(Examples.bytes(AUTH)));
        assertTrue(e.violations().stream().anyMatch(v -> v.rule().equals("component-limit")
                && v.pointer().equals("/components")));
    }

    @Test
    void everyViolationIsReportedAtOnce() {
        byte[] artifact = Artifacts.mutated(AUTH, d -> {
            c(d, 2).put("file_path", "/abs.py");
            endpoint(d, 7, 0).put("service_method", "sign_in");
            internal(d, 6).set(0, "COMP-404");
        });
        var e = assertThrows(InvalidArchitectureException.class, () -> TargetStacks.STANDARD.reader().read(artifact));
        assertEquals(3, e.violations().size(), e.violations().toString());
    }

    @Test
    void cycleMessageNamesTheWholePath() {
        byte[] artifact = Artifacts.mutated(AUTH, d -> internal(d, 2).add("COMP-001"));
        var e = assertThrows(InvalidArchitectureException.class, () -> TargetStacks.STANDARD.reader().read(artifact));
        assertTrue(e.violations().stream().anyMatch(v -> v.message().contains("COMP-003 -> COMP-001 -> COMP-003")),
                e.violations().toString());
    }

    @Test
    void examplesAreValidAndSignaturesParsed() throws Exception {
        for (String name : new String[] {AUTH, "store-inventory.json"}) {
            Architecture a = TargetStacks.STANDARD.reader().read(Examples.bytes(name));
            a.backendComponents().forEach(c -> c.methods().forEach(m -> assertEquals(m.name(), m.parsed().name())));
        }
        var hasher = TargetStacks.STANDARD.reader().read(Examples.bytes(AUTH)).component("COMP-003").orElseThrow();
        var verify = hasher.methods().get(1).parsed();
        assertEquals(List.of("self", "password", "password_hash"),
                verify.parameters().stream().map(p -> p.name()).toList());
        assertEquals("bool", verify.returns());
        assertFalse(verify.async());
    }

    @Test
    void anEntityComponentMayDeclareAnEnumerationButEachTableNeedsItsName() throws Exception {
        byte[] tickets = Examples.resource("/artifacts/event-tickets.json");
        Architecture a = TargetStacks.STANDARD.reader().read(tickets);
        assertTrue(a.component("TK-ENT").orElseThrow().models().get(0).isEnum());
        ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(tickets);
        ((ObjectNode) c(doc, 1).get("models").get(1)).remove("table");
        InvalidArchitectureException e = assertThrows(InvalidArchitectureException.class,
                () -> TargetStacks.STANDARD.reader().read(doc.toString().getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.violations().stream().anyMatch(v -> v.rule().equals("schema-required")
                && v.pointer().equals("/components/1/models/1/table")), e.violations().toString());
    }

    private static Arguments rule(String rule, String pointer, Consumer<ObjectNode> mutation) {
        return Arguments.of(rule, pointer, mutation);
    }

    static ObjectNode c(ObjectNode d, int i) {
        return Artifacts.component(d, i);
    }

    static ArrayNode internal(ObjectNode d, int i) {
        return (ArrayNode) c(d, i).get("dependencies").get("internal");
    }

    static ObjectNode method(ObjectNode d, int i, int j) {
        return (ObjectNode) c(d, i).get("interface").get("methods").get(j);
    }

    static ObjectNode endpoint(ObjectNode d, int i, int j) {
        return (ObjectNode) c(d, i).get("endpoints").get(j);
    }

    static ObjectNode field(ObjectNode d, int i, int model, int field) {
        return (ObjectNode) c(d, i).get("models").get(model).get("fields").get(field);
    }
}
