package dev.backforge.generation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backforge.support.OpenApiProbe;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Which endpoints are stubs (the manifest says) and which need a caller (the artifact says). */
final class BackendExpectations {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, String> serviceMethod = new HashMap<>();
    private final Set<String> protectedRoutes = new TreeSet<>();
    private final Set<String> stubs = new TreeSet<>();
    private final Map<String, Set<String>> notFound = new HashMap<>();
    private String validator;

    BackendExpectations(JsonNode artifact, JsonNode manifest) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode c : artifact.get("components")) {
            names.put(c.get("id").asText(), c.get("name").asText());
            for (JsonNode m : c.path("interface").path("methods")) {
                if (m.get("name").asText().matches("(validate|verify|decode)_(access_)?token")
                        && c.path("type").asText().equals("service")) {
                    validator = c.get("name").asText() + "." + m.get("name").asText();
                }
            }
        }
        for (JsonNode c : artifact.get("components")) {
            for (JsonNode e : c.path("endpoints")) {
                String key = e.get("method").asText().toUpperCase() + " " + c.path("prefix").asText("")
                        + e.path("path").asText("");
                serviceMethod.put(key,
                        names.get(e.get("service").asText()) + "." + e.get("service_method").asText());
                if (e.path("auth_required").asBoolean()) {
                    protectedRoutes.add(key);
                }
            }
        }
        manifest.path("metadata").path("stubbed_methods").forEach(s -> stubs.add(s.get("name").asText()));
        readNotFound(artifact);
    }

    /** Per endpoint, the codes of the errors its service method raises that answer 404 (own status or a base's). */
    private void readNotFound(JsonNode artifact) {
        Map<String, JsonNode> exceptions = new HashMap<>();
        Map<String, JsonNode> methods = new HashMap<>();
        for (JsonNode c : artifact.get("components")) {
            c.path("exceptions").forEach(e -> exceptions.put(e.get("name").asText(), e));
            c.path("interface").path("methods").forEach(m -> methods.put(c.get("name").asText() + "."
                    + m.get("name").asText(), m));
        }
        for (JsonNode c : artifact.get("components")) {
            for (JsonNode e : c.path("endpoints")) {
                String key = e.get("method").asText().toUpperCase() + " " + c.path("prefix").asText("")
                        + e.path("path").asText("");
                Set<String> codes = new TreeSet<>();
                for (JsonNode raised : methods.getOrDefault(serviceMethod.get(key), JSON.missingNode())
                        .path("raises")) {
                    String name = raised.asText();
                    int status = e.path("errors").has(name) ? e.path("errors").get(name).asInt()
                            : statusOf(name, exceptions);
                    if (status == 404) {
                        codes.add(code(name));
                    }
                }
                notFound.put(key, codes);
            }
        }
    }

    private static int statusOf(String name, Map<String, JsonNode> exceptions) {
        for (JsonNode e = exceptions.get(name); e != null; e = exceptions.get(e.path("base").asText(""))) {
            if (e.has("http_status")) {
                return e.get("http_status").asInt();
            }
        }
        return 0;
    }

    /** The generated error_code(): the class name without a trailing Error, in upper snake case. */
    private static String code(String name) {
        String base = name.endsWith("Error") && name.length() > 5 ? name.substring(0, name.length() - 5) : name;
        return base.replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_").toUpperCase(Locale.ROOT);
    }

    Set<String> notFoundCodes(OpenApiProbe.Operation op) {
        return notFound.getOrDefault(key(op), Set.of());
    }

    private static String key(OpenApiProbe.Operation op) {
        return op.method() + " " + op.path();
    }

    boolean protectedRoute(OpenApiProbe.Operation op) {
        return protectedRoutes.contains(key(op));
    }

    /** A stub itself, or behind a token check the architecture's own (stubbed) validator makes. */
    boolean stub(OpenApiProbe.Operation op) {
        return stubs.contains(serviceMethod.get(key(op))) || validatorStub(op);
    }

    boolean validatorStub(OpenApiProbe.Operation op) {
        return protectedRoute(op) && validator != null && stubs.contains(validator);
    }
}
