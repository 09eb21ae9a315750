package dev.backforge.runs.boundary;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The published OpenAPI document (META-INF/openapi.yaml) passes swagger-parser's validation with no message, and
 * describes exactly the operations the JAX-RS resources have: one unique operation id each, every response with its
 * status and a schema.
 */
class OpenApiDocumentTest {

    static String document() throws IOException {
        try (InputStream in = OpenApiDocumentTest.class.getResourceAsStream("/META-INF/openapi.yaml")) {
            assertNotNull(in, "META-INF/openapi.yaml is on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Parses and validates a document; the messages are errors and warnings alike. */
    static SwaggerParseResult parse(String yaml) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setValidateInternalRefs(true);
        return new OpenAPIV3Parser().readContents(yaml, null, options);
    }

    @Test
    void theDocumentIsValidOpenApi31WithoutAWarning() throws IOException {
        SwaggerParseResult result = parse(document());
        assertEquals(List.of(), result.getMessages());
        assertEquals("3.1.0", result.getOpenAPI().getOpenapi());
        assertTrue(result.getOpenAPI().getComponents().getSecuritySchemes().containsKey("basic"));
    }

    @Test
    void everyResourceOperationIsDescribedOnceAndNothingElse() throws IOException {
        OpenAPI api = parse(document()).getOpenAPI();
        Set<String> described = new TreeSet<>();
        Set<String> ids = new HashSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            described.add(method.name() + " " + path.replaceAll("\\{[^}]+}", "{}"));
            assertTrue(ids.add(operation.getOperationId()), "operation id used twice: " + operation.getOperationId());
            assertTrue(!operation.getResponses().containsKey("default"), method + " " + path + " has a default");
            operation.getResponses().forEach((status, declared) -> {
                var response = declared.get$ref() == null ? declared
                        : api.getComponents().getResponses().get(declared.get$ref().replaceFirst(".*/", ""));
                assertTrue(status.matches("[1-5]\\d\\d"), method + " " + path + " " + status);
                boolean empty = status.equals("204");
                assertTrue(empty || response.getContent() != null && response.getContent().values().stream()
                        .allMatch(m -> m.getSchema() != null), method + " " + path + " " + status + " has a schema");
            });
        }));
        assertEquals(resourceOperations(), described);
    }

    /** Method and path of every JAX-RS resource method in the application, path parameters blanked. */
    static Set<String> resourceOperations() {
        Set<String> operations = new TreeSet<>();
        String root = "/" + BackforgeApplication.class.getAnnotation(ApplicationPath.class).value();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.backforge")) {
            Class<?> type = c.reflect();
            Path base = type.getAnnotation(Path.class);
            if (base == null) {
                continue;
            }
            for (Method m : type.getDeclaredMethods()) {
                String verb = verb(m);
                if (verb != null) {
                    Path sub = m.getAnnotation(Path.class);
                    String path = root + "/" + base.value() + (sub == null ? "" : "/" + sub.value());
                    operations.add(verb + " " + path.replaceAll("\\{[^}]+}", "{}"));
                }
            }
        }
        return operations;
    }

    static String verb(Method m) {
        for (Annotation a : m.getAnnotations()) {
            HttpMethod http = a.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value().toUpperCase(Locale.ROOT);
            }
        }
        return null;
    }

}
