package dev.backforge.stacks.python.project;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.Constraints;
import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.stacks.python.generator.TemplateGenerator;
import dev.backforge.stacks.python.project.ApiCalls.Call;
import dev.backforge.stacks.python.project.ApiCalls.Maker;
import dev.backforge.stacks.python.project.ApiCalls.Request;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

    private final ApiCalls plan;
    private final Set<String> imports = new TreeSet<>();

    ApiTests(GenerationContext context, List<GeneratedFile> components) {
        this.plan = new ApiCalls(context, components);
    }

    /** Every endpoint for the README: method, path, whether it needs a token, whether it is a stub. */
    List<ProjectView.Route> routes() {
        return plan.routes();
    }

    /** tests/factories.py: one function per kind of row, each making what it needs first. */
    String factories() {
        StringBuilder s = new StringBuilder();
        s.append("\"\"\"Rows made through the API, for the tests that need one.\"\"\"\n\n");
        if (plan.makers().isEmpty()) {
            return s.append("# no endpoint of this API creates a row with an id\n").toString();
        }
        s.append(
                "from __future__ import annotations\n\nfrom typing import Any\n\nfrom fastapi.testclient import TestClient\n");
        for (Maker m : plan.makers().values()) {
            s.append("\n\n").append("def create_").append(m.kind())
                    .append("(client: TestClient, headers: dict[str, str]) -> dict[str, Any]:\n");
            s.append("    \"\"\"Create a ").append(m.kind().replace('_', ' ')).append(" through ")
                    .append(m.call().method()).append(' ').append(m.call().path()).append(".\"\"\"\n");
            Request r = plan.request(m.call(), Set.of(m.kind()));
            s.append(Prelude.of(plan, r, "    ", ""));
            s.append("    response = client.post(").append(r.url()).append(r.jsonArgument())
                    .append(", headers=headers)\n");
            s.append("    assert response.status_code == ").append(m.call().status()).append(", response.text\n");
            s.append("    created: dict[str, Any] = response.json()\n    return created\n");
        }
        return s.toString();
    }

    /** One test module per api component: {@code tests/test_<module>.py} to its text. */
    Map<String, String> modules() {
        Map<String, List<Call>> byApi = new LinkedHashMap<>();
        plan.calls().forEach(c -> byApi.computeIfAbsent(c.api().id(), k -> new ArrayList<>()).add(c));
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
        new MissingRowTests(plan).of(apiCalls).forEach(tests::append);
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
            plan.context().symbols().find(name)
                    .ifPresent(sym -> byModule.computeIfAbsent(sym.module(), k -> new TreeSet<>())
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
        Request r = plan.request(call, Set.of());
        StringBuilder t = new StringBuilder("\n\n");
        Optional<String> blocked = plan.blocked(call, r);
        Optional<String> stub = plan.stub(call);
        if (blocked.isPresent()) {
            t.append("@pytest.mark.skip(reason=").append(Samples.quote(blocked.get())).append(")\n");
        } else if (stub.isPresent()) {
            t.append("@pytest.mark.xfail(strict=True, reason=").append(Samples.quote(stub.get()
                    + " is a stub: 501 until it is written")).append(")\n");
        }
        t.append("def test_").append(handler).append("(client: TestClient, headers: dict[str, str]) -> None:\n");
        t.append("    \"\"\"").append(call.method()).append(' ').append(call.path()).append(" answers ")
                .append(call.status()).append(describeBody(call)).append(".\"\"\"\n");
        t.append(Prelude.of(plan, r, "    ", "factories."));
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
        Optional<ModelSpec> model = Optional.ofNullable(call.spec().requestModel()).flatMap(plan::model);
        Optional<FieldSpec> required = model.flatMap(x -> x.fields().stream().filter(f -> !f.hasDefault()).findFirst());
        if (required.isEmpty()) {
            return Optional.empty();
        }
        Request r = plan.request(call, Set.of());
        if (plan.blocked(call, r).isPresent()) {
            return Optional.empty();
        }
        StringBuilder t = new StringBuilder("\n\n");
        t.append("def test_").append(handler).append("_refuses_a_body_without_")
                .append(required.get().name()).append("(client: TestClient, headers: dict[str, str]) -> None:\n");
        t.append("    \"\"\"").append(call.method()).append(' ').append(call.path())
                .append(" without ").append(required.get().name()).append(" answers 422.\"\"\"\n");
        t.append(Prelude.of(plan, r, "    ", "factories."));
        t.append("    body = ").append(r.body()).append('\n');
        t.append("    del body[").append(Samples.quote(required.get().name())).append("]\n");
        t.append("    response = client.request(").append(Samples.quote(call.method())).append(", ").append(r.url())
                .append(", json=body, headers=headers)\n");
        t.append("    assert response.status_code == 422, response.text\n");
        return Optional.of(t.toString());
    }

    private String unauthenticated(Call call, String handler) {
        Request r = plan.request(call, Set.of());
        StringBuilder t = new StringBuilder("\n\n");
        t.append("def test_").append(handler).append("_needs_a_token(client: TestClient, ")
                .append("anonymous: dict[str, str], headers: dict[str, str]) -> None:\n");
        t.append("    \"\"\"").append(call.method()).append(' ').append(call.path())
                .append(" without a bearer token answers 401.\"\"\"\n");
        if (plan.blocked(call, r).isPresent() || !r.needs().isEmpty()) {
            // the rows it needs are not made: the token is checked before anything is looked up
            Matcher m = ApiCalls.PATH_PARAM.matcher(call.path());
            StringBuilder path = new StringBuilder();
            while (m.find()) {
                String type = TemplateGenerator.pathParameterType(plan.context(), call.api(), call.spec(), m.group(1));
                m.appendReplacement(path, Matcher.quoteReplacement(ApiCalls.unquote(plan.samples().value(type,
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
        for (Maker maker : plan.makers().values()) {
            if (!apiCalls.contains(maker.call())) {
                continue;
            }
            String base = maker.call().path().replaceAll("/+$", "");
            Optional<String> makerStub = plan.stub(maker.call()).map(x -> x + " is a stub").or(() -> plan.blocked(
                    maker.call(), plan.request(maker.call(), Set.of(maker.kind()))));
            for (Call read : apiCalls) {
                String path = read.path().replaceAll("/+$", "");
                boolean get = read.method().equals("GET");
                boolean byId = get && path.matches(Pattern.quote(base) + "/\\{[A-Za-z_][A-Za-z0-9_]*\\}");
                boolean list = get && path.equals(base);
                if (!byId && !list || read.spec().responseModel() == null) {
                    continue;
                }
                Optional<String> stub = makerStub.or(() -> plan.stub(read).map(x -> x + " is a stub"));
                out.add(roundTrip(maker, read, byId, stub));
            }
        }
        return out;
    }

    private String roundTrip(Maker maker, Call read, boolean byId, Optional<String> stub) {
        StringBuilder t = new StringBuilder("\n\n");
        stub.ifPresent(s -> t.append("@pytest.mark.xfail(strict=True, reason=").append(Samples.quote(s))
                .append(")\n"));
        String kind = maker.kind();
        t.append("def test_").append(kind).append("_created_then_").append(byId ? "read" : "listed")
                .append("(client: TestClient, headers: dict[str, str]) -> None:\n");
        String made = Samples.a(kind.replace('_', ' '));
        t.append("    \"\"\"").append(Character.toUpperCase(made.charAt(0))).append(made.substring(1))
                .append(" made by ").append(maker.call().method())
                .append(' ').append(maker.call().path()).append(byId ? " is the one " : " is among those ")
                .append(read.method()).append(' ').append(read.path()).append(" answers.\"\"\"\n");
        t.append("    created = factories.create_").append(kind).append("(client, headers)\n");
        // the parent's key in the path (/orders/{order_id}/parcels) is the one the created row belongs to
        Matcher parent = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)\\}").matcher(maker.call().path());
        StringBuilder parentPath = new StringBuilder();
        boolean ownParents = true;
        boolean parents = false;
        while (parent.find()) {
            parents = true;
            ownParents &= Prelude.carries(plan, maker, parent.group(1));
            parent.appendReplacement(parentPath, Matcher.quoteReplacement("{created['" + parent.group(1) + "']}"));
        }
        parent.appendTail(parentPath);
        String filledBase = parentPath.toString().replaceAll("/+$", "");
        String path = byId ? filledBase + "/{created['" + maker.idKey() + "']}" : filledBase;
        Request r = plan.request(read, Set.of(kind));
        ownParents &= parents;
        if (!byId && !ownParents) {
            t.append(Prelude.of(plan, r, "    ", "factories."));
        }
        String url = byId || ownParents ? "f" + Samples.quote(path) : r.url();
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
}
