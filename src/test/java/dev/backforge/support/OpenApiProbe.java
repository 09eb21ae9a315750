package dev.backforge.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calls every operation of a running application as a client would, knowing only its OpenAPI document: values for
 * each parameter and body from their schemas and constraints, the rows a path or a body refers to made first through
 * the application's own create operations (ids carried along).
 */
public final class OpenApiProbe {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)\\}");

    /** One operation of the document. */
    public record Operation(String method, String path, JsonNode spec) {
        public int declaredStatus() {
            for (Iterator<String> it = spec.path("responses").fieldNames(); it.hasNext();) {
                String code = it.next();
                if (code.startsWith("2")) {
                    return Integer.parseInt(code);
                }
            }
            return 200;
        }

        public boolean hasBody() {
            return spec.has("requestBody");
        }
    }

    /**
     * What a call got. {@code unmade}: a path parameter names a row whose create operation did not make one (a stub,
     * or a create that failed and is counted on its own), so the row is not there to be found.
     */
    public record Answer(int status, String body, String contentType, boolean unmade) {
    }

    private boolean unmade;

    private final URI base;
    private final JsonNode document;
    private final Map<String, String> headers;
    // HTTP/1.1: an h2c upgrade offer only makes uvicorn log "Unsupported upgrade request" on every call
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Operation> operations = new ArrayList<>();
    private Sent last;
    /** Makes each text sample unique, so that rows with unique columns can be made more than once. */
    private int serial;

    public OpenApiProbe(URI base, Map<String, String> headers) throws IOException, InterruptedException {
        this.base = base;
        this.headers = headers;
        this.document = JSON.readTree(send("GET", "/openapi.json", null, Map.of()).body());
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            var p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext();) {
                var op = ops.next();
                operations.add(new Operation(op.getKey().toUpperCase(Locale.ROOT), p.getKey(), op.getValue()));
            }
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /** A valid call: rows it refers to made first, every required parameter and the body filled in. */
    public Answer call(Operation op) throws IOException, InterruptedException {
        unmade = false;
        String url = url(op, 0);
        String body = op.hasBody() ? body(op, 0).toString() : null;
        Answer a = send(op.method(), url, body, headers(op, true));
        last = new Sent(op, url, body);
        return new Answer(a.status(), a.body(), a.contentType(), unmade);
    }

    /** The last valid call sent once more, byte for byte: a create repeated meets the row it made. */
    public Answer again() throws IOException, InterruptedException {
        return send(last.op().method(), last.url(), last.body(), headers(last.op(), true));
    }

    private record Sent(Operation op, String url, String body) {
    }

    /** The same call without the Authorization header. */
    public Answer anonymous(Operation op) throws IOException, InterruptedException {
        Map<String, String> h = headers(op, false);
        return send(op.method(), sampleUrl(op), op.hasBody() ? "{}" : null, h);
    }

    /** Whether the operation's body has required fields (so that an empty object is invalid). */
    public boolean bodyRequiresFields(Operation op) {
        JsonNode schema = op.spec().path("requestBody").path("content").path("application/json").path("schema");
        return resolve(schema).path("required").size() > 0;
    }

    /** A call whose body lacks its required fields (an empty object), everything else valid. */
    public Answer withEmptyBody(Operation op) throws IOException, InterruptedException {
        return send(op.method(), url(op, 0), "{}", headers(op, true));
    }

    /** A call with a path or query value of the wrong type, when the operation has a typed one; else empty. */
    public Optional<Answer> withBadParameter(Operation op) throws IOException, InterruptedException {
        for (JsonNode p : op.spec().path("parameters")) {
            String type = scalarType(resolve(p.path("schema")));
            boolean typed = type.equals("integer") || type.equals("number")
                    || "uuid".equals(resolve(p.path("schema")).path("format").asText(null));
            if (!typed) {
                continue;
            }
            String in = p.path("in").asText();
            String name = p.path("name").asText();
            if (in.equals("path")) {
                String path = op.path().replace("{" + name + "}", "not-a-value");
                return Optional.of(send(op.method(), fill(path, 0, op), op.hasBody() ? body(op, 0).toString() : null,
                        headers(op, true)));
            }
            if (in.equals("query")) {
                String url = url(op, 0);
                url = url + (url.contains("?") ? "&" : "?") + name + "=not-a-value";
                return Optional.of(send(op.method(), url, op.hasBody() ? body(op, 0).toString() : null,
                        headers(op, true)));
            }
        }
        return Optional.empty();
    }

    /**
     * A read of one row ({@code GET} of a path ending in a parameter) with that row's key one no row has, the rows
     * before it in the path made as for a valid call; empty for other operations.
     */
    public Optional<Answer> withMissingRow(Operation op) throws IOException, InterruptedException {
        Matcher m = PARAM.matcher(op.path());
        if (!op.method().equals("GET") || !op.path().endsWith("}") || !m.find()) {
            return Optional.empty();
        }
        String last = op.path().substring(op.path().lastIndexOf('{') + 1, op.path().length() - 1);
        JsonNode schema = resolve(parameterSchema(op, last));
        String missing = "uuid".equals(schema.path("format").asText(null)) ? UUID.randomUUID().toString()
                : scalarType(schema).equals("integer") || scalarType(schema).equals("number") ? "2147480001"
                        : "no-such-row-" + (++serial);
        String path = op.path().substring(0, op.path().lastIndexOf('{')) + missing;
        return Optional.of(send("GET", fill(path, 0, op), null, headers(op, true)));
    }

    private Map<String, String> headers(Operation op, boolean withAuth) {
        Map<String, String> out = new LinkedHashMap<>();
        headers.forEach((k, v) -> {
            if (withAuth || !k.equalsIgnoreCase("Authorization")) {
                out.put(k, v);
            }
        });
        for (JsonNode p : op.spec().path("parameters")) {
            if (p.path("in").asText().equals("header") && p.path("required").asBoolean()) {
                out.put(p.path("name").asText(), text(sample(p.path("schema"), p.path("name").asText(), 0)));
            }
        }
        return out;
    }

    private String url(Operation op, int depth) throws IOException, InterruptedException {
        String path = fill(op.path(), depth, op);
        List<String> query = new ArrayList<>();
        for (JsonNode p : op.spec().path("parameters")) {
            if (p.path("in").asText().equals("query") && p.path("required").asBoolean()) {
                String name = p.path("name").asText();
                JsonNode value = sample(p.path("schema"), name, 0);
                // a list in a query is its parameter repeated, one value each
                for (JsonNode v : value.isArray() ? value : List.of(value)) {
                    query.add(name + "=" + URLEncoder.encode(text(v), StandardCharsets.UTF_8));
                }
            }
        }
        return path + (query.isEmpty() ? "" : "?" + String.join("&", query));
    }

    private String sampleUrl(Operation op) {
        Matcher m = PARAM.matcher(op.path());
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            JsonNode schema = parameterSchema(op, m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(text(sample(schema, m.group(1), 0))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The path with each parameter a row the application made (when a create operation makes its kind). A row made
     * under a parent ({@code /orders/{order_id}/parcels}) names its parent, and that parent fills the path's earlier
     * parameter, so {@code /orders/{order_id}/parcels/{parcel_id}} names a parcel of that order.
     */
    private String fill(String path, int depth, Operation op) throws IOException, InterruptedException {
        Matcher m = PARAM.matcher(path);
        Map<String, String> values = new LinkedHashMap<>();
        while (m.find()) {
            String name = m.group(1);
            String collection = path.substring(0, m.start()).replaceAll("/+$", "");
            Optional<Operation> creator = creatorAt(collection).or(() -> creatorOf(name));
            Optional<JsonNode> made = creator.isPresent() && depth < 4 ? create(creator.get(), depth + 1)
                    : Optional.empty();
            unmade |= creator.isPresent() && made.isEmpty();
            made.ifPresent(row -> values.replaceAll((earlier, v) -> row.has(earlier) ? text(row.path(earlier)) : v));
            values.put(name, made.map(row -> text(row.has(name) ? row.path(name) : row.path("id")))
                    .orElseGet(() -> text(sample(parameterSchema(op, name), name, 0))));
        }
        Matcher again = PARAM.matcher(path);
        StringBuilder out = new StringBuilder();
        while (again.find()) {
            again.appendReplacement(out, Matcher.quoteReplacement(values.get(again.group(1))));
        }
        again.appendTail(out);
        return out.toString();
    }

    private JsonNode parameterSchema(Operation op, String name) {
        for (JsonNode p : op.spec().path("parameters")) {
            if (p.path("name").asText().equals(name)) {
                return p.path("schema");
            }
        }
        return F.objectNode().put("type", "string");
    }

    /** Makes a row through a create operation and returns it; nothing when the operation made no row. */
    private Optional<JsonNode> create(Operation creator, int depth) throws IOException, InterruptedException {
        Answer a = send("POST", url(creator, depth), creator.hasBody() ? body(creator, depth).toString() : null,
                headers(creator, true));
        if (a.status() / 100 != 2) {
            return Optional.empty();
        }
        return Optional.of(JSON.readTree(a.body()));
    }

    /** POST operations whose answer has an id make rows. */
    private List<Operation> creators() {
        List<Operation> out = new ArrayList<>();
        for (Operation op : operations) {
            if (op.method().equals("POST")) {
                JsonNode response = op.spec().path("responses").path(String.valueOf(op.declaredStatus()))
                        .path("content").path("application/json").path("schema");
                if (resolve(response).path("properties").has("id")) {
                    out.add(op);
                }
            }
        }
        return out;
    }

    /** The create operation at a collection's path, else one that makes the same kind under another parent. */
    private Optional<Operation> creatorAt(String collection) {
        String kind = collection.substring(collection.lastIndexOf('/') + 1);
        return creators().stream().filter(c -> c.path().replaceAll("/+$", "").equals(collection)).findFirst()
                .or(() -> creators().stream().filter(c -> {
                    String path = c.path().replaceAll("/+$", "");
                    return !kind.isEmpty() && !kind.startsWith("{") && path.endsWith("/" + kind);
                }).findFirst());
    }

    /** The create operation of the kind a name refers to: {@code book_id} is made by POST .../books. */
    private Optional<Operation> creatorOf(String name) {
        if (!name.endsWith("_id")) {
            return Optional.empty();
        }
        String stem = name.substring(0, name.length() - 3);
        return creators().stream().filter(c -> {
            String[] parts = PARAM.matcher(c.path()).replaceAll("").split("/");
            String last = parts.length == 0 ? "" : parts[parts.length - 1].toLowerCase(Locale.ROOT);
            return last.equals(stem) || last.equals(stem + "s") || last.equals(stem + "es")
                    || stem.endsWith("y") && last.equals(stem.substring(0, stem.length() - 1) + "ies");
        }).findFirst();
    }

    private JsonNode body(Operation op, int depth) throws IOException, InterruptedException {
        JsonNode schema = op.spec().path("requestBody").path("content").path("application/json").path("schema");
        JsonNode resolved = resolve(schema);
        if (!resolved.path("properties").isObject()) {
            return sample(schema, "body", 0);
        }
        ObjectNode out = F.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> it = resolved.path("properties").fields(); it.hasNext();) {
            var p = it.next();
            boolean required = false;
            for (JsonNode r : resolved.path("required")) {
                required |= r.asText().equals(p.getKey());
            }
            Optional<Operation> creator = p.getKey().endsWith("_id") ? creatorOf(p.getKey()) : Optional.empty();
            if (creator.isPresent() && depth < 4 && required) {
                Optional<String> made = create(creator.get(), depth + 1).map(row -> text(row.path("id")));
                unmade |= made.isEmpty();
                out.set(p.getKey(), made.isPresent() ? JSON.readTree(JSON.writeValueAsString(made.get()))
                        : sample(p.getValue(), p.getKey(), 0));
            } else if (required) {
                out.set(p.getKey(), sample(p.getValue(), p.getKey(), 0));
            }
        }
        return out;
    }

    private JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            JsonNode target = document;
            for (String part : ref.substring(2).split("/")) {
                target = target.path(part);
            }
            return resolve(target);
        }
        if (schema.has("anyOf")) {
            for (JsonNode option : schema.get("anyOf")) {
                if (!"null".equals(option.path("type").asText())) {
                    return resolve(option);
                }
            }
        }
        if (schema.has("allOf") && schema.get("allOf").size() == 1) {
            return resolve(schema.get("allOf").get(0));
        }
        return schema;
    }

    private static String scalarType(JsonNode schema) {
        return schema.path("type").asText("");
    }

    /** A value for a schema: inside its bounds, of its format, fitting its pattern and lengths. */
    private JsonNode sample(JsonNode raw, String name, int depth) {
        JsonNode schema = resolve(raw);
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        if (schema.has("const")) {
            return schema.get("const");
        }
        String format = schema.path("format").asText("");
        return switch (scalarType(schema)) {
            case "integer" -> F.numberNode((long) Math.ceil(number(schema, 1)));
            case "number" -> F.numberNode(number(schema, 1.5));
            case "boolean" -> F.booleanNode(true);
            case "array" -> {
                ArrayNode a = F.arrayNode();
                if (depth < 3) {
                    a.add(sample(schema.path("items"), name, depth + 1));
                }
                yield a;
            }
            case "object" -> {
                ObjectNode o = F.objectNode();
                for (JsonNode r : schema.path("required")) {
                    o.set(r.asText(), sample(schema.path("properties").path(r.asText()), r.asText(), depth + 1));
                }
                yield o;
            }
            default -> F.textNode(switch (format) {
                case "uuid" -> "7c4d5e3a-1b2c-4d5e-8f90-a1b2c3d4e5f6";
                case "date" -> "2030-02-01";
                case "date-time" -> "2030-02-01T08:00:00Z";
                case "time" -> "08:00:00";
                case "email" -> "probe" + (++serial) + "@example.com";
                case "uri" -> "https://example.com/probe";
                default -> text(schema, name);
            });
        };
    }

    private static double number(JsonNode schema, double preferred) {
        double low = schema.has("minimum") ? schema.get("minimum").asDouble()
                : schema.has("exclusiveMinimum") ? schema.get("exclusiveMinimum").asDouble() + 1 : Double.NaN;
        double high = schema.has("maximum") ? schema.get("maximum").asDouble()
                : schema.has("exclusiveMaximum") ? schema.get("exclusiveMaximum").asDouble() - 1 : Double.NaN;
        double v = !Double.isNaN(low) && low > preferred ? low : preferred;
        return !Double.isNaN(high) && v > high ? (Double.isNaN(low) ? high : low) : v;
    }

    /** Text of the right length that matches the pattern, from a few candidates, unique where it can be. */
    private String text(JsonNode schema, String name) {
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(Integer.MAX_VALUE);
        Pattern pattern = schema.has("pattern") ? Pattern.compile(schema.get("pattern").asText()) : null;
        int n = ++serial;
        String digits = String.format("%013d", n);
        for (String candidate : List.of("Probe-" + name.replace('_', '-') + "-" + n, "PROBE-" + n, "probe" + n,
                "P" + n, digits, "Probe Name " + n, "probe" + n + "@example.com", "probe", "P1")) {
            String c = candidate;
            while (c.length() < min) {
                c = c + "x";
            }
            if (c.length() > max) {
                c = c.substring(0, max);
            }
            if (c.length() >= min && (pattern == null || pattern.matcher(c).find())) {
                return c;
            }
        }
        return "probe";
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    private Answer send(String method, String pathAndQuery, String body, Map<String, String> extra)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30));
        extra.forEach(b::header);
        if (body != null) {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.body(), r.headers().firstValue("content-type").orElse(""), false);
    }
}
