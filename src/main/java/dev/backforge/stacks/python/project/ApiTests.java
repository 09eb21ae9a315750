package dev.backforge.stacks.python.project;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.Constraints;
import dev.backforge.architecture.entity.EndpointSpec;
import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.architecture.entity.Symbol;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.output.entity.Stub;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.stacks.python.generator.TemplateGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The generated project's pytest suite: for every endpoint a valid request (the rows it needs made first through the
 * API, ids carried along) that must get the declared status and a body of the response model; a body without a
 * required field that must get 422; a call without a token that must get 401; and create-then-read and
 * create-then-list round trips. A test of a stub is {@code xfail(strict=True)}: implementing the method makes it
 * pass, and the marker must then go.
 */
final class ApiTests {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\\}");

    /** An endpoint as a client sees it. */
    record Call(Component api, EndpointSpec spec, String path, String method, int status) {
    }

    /** An endpoint that makes a row of some kind, and the key of the row's id in its answer. */
    record Maker(String kind, Call call, String idKey) {
    }

    private final GenerationContext context;
    private final Samples samples;
    private final Map<String, String> stubs = new LinkedHashMap<>();
    private final List<Call> calls = new ArrayList<>();
    private final Map<String, Maker> makers = new TreeMap<>();
    private final Set<String> imports = new TreeSet<>();

    ApiTests(GenerationContext context, List<GeneratedFile> components) {
        this.context = context;
        this.samples = new Samples(context.symbols());
        for (GeneratedFile f : components) {
            for (Stub s : f.stubs()) {
                stubs.put(s.qualifiedName(), s.reason());
            }
        }
        for (PlannedComponent p : context.plan().components()) {
            Component c = p.component();
            if (c.kind() == ComponentType.API) {
                for (EndpointSpec e : c.endpoints()) {
                    String path = (c.prefix() == null ? "" : c.prefix()) + e.path();
                    int status = e.statusCode() != null ? e.statusCode() : 200;
                    calls.add(new Call(c, e, path.isEmpty() ? "/" : path, e.httpMethod(), status));
                }
            }
        }
        for (Call call : calls) {
            maker(call).ifPresent(m -> makers.putIfAbsent(m.kind(), m));
        }
    }

    /** A POST whose answer is one model with an id: it makes a row of the kind its path or model names. */
    private Optional<Maker> maker(Call call) {
        if (!call.method().equals("POST") || call.spec().responseModel() == null) {
            return Optional.empty();
        }
        Optional<ModelSpec> model = model(call.spec().responseModel());
        if (model.isEmpty() || model.get().field("id").isEmpty()) {
            return Optional.empty();
        }
        String[] segments = PATH_PARAM.matcher(call.path()).replaceAll("").split("/");
        String last = "";
        for (int i = segments.length - 1; i >= 0; i--) {
            if (!segments[i].isBlank()) {
                last = segments[i].toLowerCase(Locale.ROOT).replace('-', '_');
                break;
            }
        }
        String modelKind = snake(model.get().name()).replaceAll("_(read|response|out|detail|view|public|dto)$", "");
        return Optional.of(new Maker(last.isEmpty() ? modelKind : singular(last), call, "id"));
    }

    private Optional<ModelSpec> model(String type) {
        return context.symbols().find(type.replace(" ", "")).filter(s -> s.kind() == Symbol.Kind.MODEL)
                .map(Symbol::model);
    }

    /** The maker of rows a parameter or field names: {@code book_id} is made by the maker of books. */
    private Optional<Maker> makerFor(String name) {
        String stem = name.equals("id") ? "" : name.replaceAll("_id$", "");
        if (stem.isEmpty()) {
            return Optional.empty();
        }
        if (makers.containsKey(stem)) {
            return Optional.of(makers.get(stem));
        }
        String last = stem.contains("_") ? stem.substring(stem.lastIndexOf('_') + 1) : stem;
        return Optional.ofNullable(makers.get(last));
    }

    /** The maker that POSTs to a collection path ({@code /items/} makes what {@code /items/{item_id}} reads). */
    private Optional<Maker> makerAt(String collection) {
        return makers.values().stream().filter(x -> x.call().path().replaceAll("/+$", "").equals(collection))
                .findFirst();
    }

    /** tests/factories.py: one function per kind of row, each making what it needs first. */
    String factories() {
        StringBuilder s = new StringBuilder();
        s.append("\"\"\"Rows made through the API, for the tests that need one.\"\"\"\n\n");
        if (makers.isEmpty()) {
            return s.append("# no endpoint of this API creates a row with an id\n").toString();
        }
        s.append(
                "from __future__ import annotations\n\nfrom typing import Any\n\nfrom fastapi.testclient import TestClient\n");
        for (Maker m : makers.values()) {
            s.append("\n\n").append("def create_").append(m.kind())
                    .append("(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:\n");
            s.append("    \"\"\"Create a ").append(m.kind().replace('_', ' ')).append(" through ")
                    .append(m.call().method()).append(' ').append(m.call().path()).append(".\"\"\"\n");
            Request r = request(m.call(), Set.of(m.kind()));
            s.append(r.prelude("    ", ""));
            s.append("    response = client.post(").append(r.url()).append(r.jsonArgument())
                    .append(", headers=headers)\n");
            s.append("    assert response.status_code == ").append(m.call().status()).append(", response.text\n");
            s.append("    created: dict[str, Any] = response.json()\n    return created\n");
        }
        return s.toString();
    }

    /** What a valid call needs: its URL expression, its body, and the makers it calls first. */
    record Request(String url, String body, Set<String> needs, List<String> unresolved) {
        String jsonArgument() {
            return body == null ? "" : ", json=" + body;
        }

        /** Lines that make the rows the call needs, each into a variable named after its kind. */
        String prelude(String indent, String qualifier) {
            StringBuilder s = new StringBuilder();
            for (String kind : needs) {
                s.append(indent).append(kind).append(" = ").append(qualifier).append("create_").append(kind)
                        .append("(client, headers)\n");
            }
            return s.toString();
        }
    }

    private Request request(Call call, Set<String> making) {
        Set<String> needs = new LinkedHashSet<>();
        List<String> unresolved = new ArrayList<>();
        Matcher m = PATH_PARAM.matcher(call.path());
        StringBuilder url = new StringBuilder();
        boolean formatted = false;
        int end = 0;
        while (m.find()) {
            url.append(call.path(), end, m.start());
            String param = m.group(1);
            String collection = call.path().substring(0, m.start()).replaceAll("/+$", "");
            Optional<Maker> maker = makerFor(param).or(() -> makerAt(collection))
                    .filter(x -> !making.contains(x.kind()));
            if (maker.isPresent()) {
                needs.add(maker.get().kind());
                url.append("{").append(maker.get().kind()).append("['").append(maker.get().idKey()).append("']}");
                formatted = true;
            } else {
                String type = TemplateGenerator.pathParameterType(context, call.api(), call.spec(), param);
                String sample = samples.value(type, Constraints.NONE, param, 0);
                url.append(sample.startsWith("\"") ? sample.substring(1, sample.length() - 1) : sample);
                if (param.endsWith("_id") || param.equals("id")) {
                    unresolved.add(param);
                }
            }
            end = m.end();
        }
        url.append(call.path().substring(end));
        List<String> query = new ArrayList<>();
        for (FieldSpec q : call.spec().queryParams()) {
            if (!q.hasDefault()) {
                query.add(q.name() + "=" + unquote(samples.value(q.type(), q.constraints(), q.name(), 0)));
            }
        }
        for (TemplateGenerator.ContextParameter c : TemplateGenerator.contextParameters(context, call.api(),
                call.spec())) {
            if (c.header() == null) {
                query.add(c.name() + "=" + unquote(samples.value(c.type(), Constraints.NONE, c.name(), 0)));
            }
        }
        String full = url + (query.isEmpty() ? "" : "?" + String.join("&", query));
        String body = null;
        if (call.spec().requestModel() != null) {
            Optional<ModelSpec> model = model(call.spec().requestModel());
            body = model.map(x -> samples.model(x, field -> makerFor(field).filter(k -> !making.contains(k.kind()))
                    .map(k -> {
                        needs.add(k.kind());
                        return k.kind() + "[" + Samples.quote(k.idKey()) + "]";
                    }), 1)).orElseGet(() -> samples.value(call.spec().requestModel(),
                            Constraints.NONE, "body", 0));
        }
        String literal = (formatted ? "f" : "") + Samples.quote(full);
        return new Request(literal, body, needs, unresolved);
    }

    private static String unquote(String literal) {
        return literal.startsWith("\"") ? literal.substring(1, literal.length() - 1) : literal;
    }

    /** Every endpoint for the README: method, path, whether it needs a token, whether it is a stub. */
    List<ProjectView.Route> routes() {
        return calls.stream().map(c -> new ProjectView.Route(c.method(), c.path(), c.spec().summary(),
                c.spec().authRequired(), stub(c).isPresent())).toList();
    }

    /** Why a call answers 501 today, or empty when its method is implemented. */
    Optional<String> stub(Call call) {
        Component service = context.component(call.spec().service()).orElse(null);
        if (service == null) {
            return Optional.empty();
        }
        String name = service.name() + "." + call.spec().serviceMethod();
        return stubs.containsKey(name) ? Optional.of(name) : Optional.empty();
    }

    /** Why a call cannot be made: a row it needs has no maker, or the maker is a stub. */
    private Optional<String> blocked(Call call, Request r) {
        if (!r.unresolved().isEmpty()) {
            return Optional.of("no endpoint of the API creates the " + String.join(", ", r.unresolved())
                    + " it needs");
        }
        for (String kind : closure(r.needs())) {
            Optional<String> stub = stub(makers.get(kind).call());
            if (stub.isPresent()) {
                return Optional.of("it needs a " + kind.replace('_', ' ') + ", and " + stub.get() + " is a stub");
            }
        }
        return Optional.empty();
    }

    private Set<String> closure(Set<String> kinds) {
        Set<String> out = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(kinds);
        while (!todo.isEmpty()) {
            String k = todo.remove(0);
            if (out.add(k) && makers.containsKey(k)) {
                todo.addAll(request(makers.get(k).call(), Set.of(k)).needs());
            }
        }
        return out;
    }

    /** One test module per api component: {@code tests/test_<module>.py} to its text. */
    Map<String, String> modules() {
        Map<String, List<Call>> byApi = new LinkedHashMap<>();
        calls.forEach(c -> byApi.computeIfAbsent(c.api().id(), k -> new ArrayList<>()).add(c));
        Map<String, String> out = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (List<Call> apiCalls : byApi.values()) {
            Component api = apiCalls.get(0).api();
            String name = "test_" + api.module().substring(api.module().lastIndexOf('.') + 1);
            while (!names.add(name)) {
                name = name + "_" + names.size();
            }
            out.put("tests/" + name + ".py", module(api, apiCalls));
        }
        return out;
    }

    private String module(Component api, List<Call> apiCalls) {
        imports.clear();
        StringBuilder tests = new StringBuilder();
        Set<String> handlers = new LinkedHashSet<>();
        for (Call call : apiCalls) {
            String handler = call.spec().handler();
            while (!handlers.add(handler)) {
                handler = handler + "_" + handlers.size();
            }
            tests.append(valid(call, handler));
            invalid(call, handler).ifPresent(tests::append);
            if (call.spec().authRequired()) {
                tests.append(unauthenticated(call, handler));
            }
        }
        roundTrips(apiCalls).forEach(tests::append);
        StringBuilder s = new StringBuilder();
        s.append("\"\"\"Tests of ").append(api.name()).append(" (").append(api.filePath())
                .append("): each endpoint called through the application, in process.\"\"\"\n\n");
        s.append("from __future__ import annotations\n\n");
        s.append("import pytest\nfrom fastapi.testclient import TestClient\n");
        boolean adapter = tests.indexOf("TypeAdapter(") >= 0;
        if (adapter) {
            s.append("from pydantic import TypeAdapter\n");
        }
        Map<String, Set<String>> byModule = new TreeMap<>();
        for (String name : imports) {
            context.symbols().find(name).ifPresent(sym -> byModule.computeIfAbsent(sym.module(), k -> new TreeSet<>())
                    .add(name));
        }
        if (!byModule.isEmpty() || tests.indexOf("factories.") >= 0) {
            s.append('\n');
        }
        byModule.forEach((module, names) -> s.append("from ").append(module).append(" import ")
                .append(String.join(", ", names)).append('\n'));
        if (tests.indexOf("factories.") >= 0) {
            s.append("from tests import factories\n");
        }
        if (tests.indexOf("pytest.") < 0) {
            s.replace(s.indexOf("import pytest\n"), s.indexOf("import pytest\n") + "import pytest\n".length(), "");
        }
        s.append(tests);
        return s.toString();
    }

    private String valid(Call call, String handler) {
        Request r = request(call, Set.of());
        StringBuilder t = new StringBuilder("\n\n");
        Optional<String> blocked = blocked(call, r);
        Optional<String> stub = stub(call);
        if (blocked.isPresent()) {
            t.append("@pytest.mark.skip(reason=").append(Samples.quote(blocked.get())).append(")\n");
        } else if (stub.isPresent()) {
            t.append("@pytest.mark.xfail(strict=True, reason=").append(Samples.quote(stub.get()
                    + " is a stub: 501 until it is written")).append(")\n");
        }
        t.append("def test_").append(handler).append("(client: TestClient, headers: dict[str, str]) -> None:\n");
        t.append("    \"\"\"").append(call.method()).append(' ').append(call.path()).append(" answers ")
                .append(call.status()).append(describeBody(call)).append(".\"\"\"\n");
        t.append(r.prelude("    ", "factories."));
        t.append(callLine(call, r, "headers"));
        t.append("    assert response.status_code == ").append(call.status()).append(", response.text\n");
        if (call.spec().responseModel() != null && call.status() != 204) {
            imports.addAll(Samples.names(call.spec().responseModel()));
            t.append("    TypeAdapter(").append(call.spec().responseModel())
                    .append(").validate_python(response.json())\n");
        }
        return t.toString();
    }

    private String describeBody(Call call) {
        return call.spec().responseModel() == null || call.status() == 204 ? ""
                : " with a " + call.spec().responseModel();
    }

    /** A body without its first required field gets 422, with everything else valid (token, headers, path). */
    private Optional<String> invalid(Call call, String handler) {
        Optional<ModelSpec> model = Optional.ofNullable(call.spec().requestModel()).flatMap(this::model);
        Optional<FieldSpec> required = model.flatMap(x -> x.fields().stream().filter(f -> !f.hasDefault()).findFirst());
        if (required.isEmpty()) {
            return Optional.empty();
        }
        Request r = request(call, Set.of());
        if (blocked(call, r).isPresent()) {
            return Optional.empty();
        }
        StringBuilder t = new StringBuilder("\n\n");
        t.append("def test_").append(handler).append("_refuses_a_body_without_")
                .append(required.get().name()).append("(client: TestClient, headers: dict[str, str]) -> None:\n");
        t.append("    \"\"\"").append(call.method()).append(' ').append(call.path())
                .append(" without ").append(required.get().name()).append(" answers 422.\"\"\"\n");
        t.append(r.prelude("    ", "factories."));
        t.append("    body = ").append(r.body()).append('\n');
        t.append("    del body[").append(Samples.quote(required.get().name())).append("]\n");
        t.append("    response = client.request(").append(Samples.quote(call.method())).append(", ").append(r.url())
                .append(", json=body, headers=headers)\n");
        t.append("    assert response.status_code == 422, response.text\n");
        return Optional.of(t.toString());
    }

    private String unauthenticated(Call call, String handler) {
        Request r = request(call, Set.of());
        StringBuilder t = new StringBuilder("\n\n");
        t.append("def test_").append(handler).append("_needs_a_token(client: TestClient, ")
                .append("anonymous: dict[str, str], headers: dict[str, str]) -> None:\n");
        t.append("    \"\"\"").append(call.method()).append(' ').append(call.path())
                .append(" without a bearer token answers 401.\"\"\"\n");
        if (blocked(call, r).isPresent() || !r.needs().isEmpty()) {
            // the rows it needs are not made: the token is checked before anything is looked up
            Matcher m = PATH_PARAM.matcher(call.path());
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                String type = TemplateGenerator.pathParameterType(context, call.api(), call.spec(), m.group(1));
                m.appendReplacement(path, Matcher.quoteReplacement(unquote(samples.value(type,
                        Constraints.NONE, m.group(1), 0))));
            }
            m.appendTail(path);
            r = new Request(Samples.quote(path.toString()), r.body() == null ? null : "{}", Set.of(), List.of());
        }
        t.append(callLine(call, r, "anonymous"));
        t.append("    assert response.status_code == 401, response.text\n");
        return t.toString();
    }

    private String callLine(Call call, Request r, String headers) {
        return "    response = client.request(" + Samples.quote(call.method()) + ", " + r.url() + r.jsonArgument()
                + ", headers=" + headers + ")\n";
    }

    /** Create-then-read and create-then-list for each maker with a read or a list on its path. */
    private List<String> roundTrips(List<Call> apiCalls) {
        List<String> out = new ArrayList<>();
        for (Maker maker : makers.values()) {
            if (!apiCalls.contains(maker.call())) {
                continue;
            }
            String base = maker.call().path().replaceAll("/+$", "");
            Optional<String> makerStub = stub(maker.call()).or(() -> blocked(maker.call(),
                    request(maker.call(), Set.of(maker.kind()))));
            for (Call read : apiCalls) {
                String path = read.path().replaceAll("/+$", "");
                boolean get = read.method().equals("GET");
                boolean byId = get && path.matches(Pattern.quote(base) + "/\\{[A-Za-z_][A-Za-z0-9_]*\\}");
                boolean list = get && path.equals(base);
                if (!byId && !list || read.spec().responseModel() == null) {
                    continue;
                }
                Optional<String> stub = makerStub.or(() -> stub(read));
                out.add(roundTrip(maker, read, byId, stub));
            }
        }
        return out;
    }

    private String roundTrip(Maker maker, Call read, boolean byId, Optional<String> stub) {
        StringBuilder t = new StringBuilder("\n\n");
        stub.ifPresent(s -> t.append("@pytest.mark.xfail(strict=True, reason=").append(Samples.quote(s
                + " is a stub, or needs one")).append(")\n"));
        String kind = maker.kind();
        t.append("def test_").append(kind).append("_created_then_").append(byId ? "read" : "listed")
                .append("(client: TestClient, headers: dict[str, str]) -> None:\n");
        t.append("    \"\"\"A ").append(kind.replace('_', ' ')).append(" made by ").append(maker.call().method())
                .append(' ').append(maker.call().path()).append(byId ? " is the one " : " is among those ")
                .append(read.method()).append(' ').append(read.path()).append(" answers.\"\"\"\n");
        t.append("    created = factories.create_").append(kind).append("(client, headers)\n");
        String path = byId ? read.path().replaceAll("\\{[A-Za-z_][A-Za-z0-9_]*\\}", "{created["
                + Samples.quote(maker.idKey()).replace("\"", "'") + "]}") : read.path();
        Request r = request(read, Set.of(kind));
        if (!byId) {
            t.append(r.prelude("    ", "factories."));
        }
        String url = byId ? "f" + Samples.quote(path) : r.url();
        t.append("    response = client.get(").append(url).append(", headers=headers)\n");
        t.append("    assert response.status_code == 200, response.text\n");
        if (byId) {
            t.append("    found = response.json()\n");
            t.append("    assert {k: v for k, v in created.items() if k in found} == ")
                    .append("{k: v for k, v in found.items() if k in created}\n");
        } else {
            t.append("    answer = response.json()\n");
            t.append("    rows = answer if isinstance(answer, list) else next(\n");
            t.append("        (v for v in answer.values() if isinstance(v, list)), []\n    )\n");
            t.append("    assert created[").append(Samples.quote(maker.idKey()))
                    .append("] in [row.get(").append(Samples.quote(maker.idKey())).append(") for row in rows]\n");
        }
        return t.toString();
    }

    private static String singular(String word) {
        if (word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    static String snake(String name) {
        return PythonProject.snake(name);
    }
}
