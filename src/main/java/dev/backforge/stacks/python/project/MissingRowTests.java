package dev.backforge.stacks.python.project;

import dev.backforge.architecture.control.Symbols;
import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.stacks.python.generator.TemplateGenerator;
import dev.backforge.stacks.python.project.ApiCalls.Call;
import dev.backforge.stacks.python.project.ApiCalls.Maker;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A read of a row by its key, with a key no row has: 404 in the API's error format, its code naming the not-found
 * error the service declares (the code a client tells "no such order" from "no such route" by). Only reads whose key
 * is the path's one parameter: a nested read would need its parents made first, and its code could be the parent's.
 */
final class MissingRowTests {

    private static final Pattern ONE_KEY = Pattern.compile("/\\{([A-Za-z_][A-Za-z0-9_]*)\\}");

    private final ApiCalls plan;

    MissingRowTests(ApiCalls plan) {
        this.plan = plan;
    }

    List<String> of(List<Call> apiCalls) {
        List<String> out = new ArrayList<>();
        for (Maker maker : plan.makers().values()) {
            String base = maker.call().path().replaceAll("/+$", "");
            if (!apiCalls.contains(maker.call()) || base.contains("{")) {
                continue;
            }
            for (Call read : apiCalls) {
                if (!read.method().equals("GET") || !read.path().startsWith(base + "/")) {
                    continue;
                }
                Matcher key = ONE_KEY.matcher(read.path().replaceAll("/+$", "").substring(base.length()));
                if (key.matches()) {
                    out.add(test(maker.kind(), read, key.group(1)));
                }
            }
        }
        return out;
    }

    private String test(String kind, Call read, String key) {
        StringBuilder t = new StringBuilder("\n\n");
        plan.stub(read).ifPresent(s -> t.append("@pytest.mark.xfail(strict=True, reason=")
                .append(Samples.quote(s + " is a stub")).append(")\n"));
        Set<String> codes = notFoundCodes(read);
        String type = TemplateGenerator.pathParameterType(plan.context(), read.api(), read.spec(), key);
        String missing = switch (type.replace(" ", "").replace("|None", "")) {
            case "int" -> "2147480001";
            case "UUID" -> "6f9619ff-8b86-4d01-b42d-00cf4fc964ff";
            default -> "no-such-" + kind.replace('_', '-');
        };
        t.append("def test_").append(kind).append("_not_there_is_not_found(client: TestClient, ")
                .append("headers: dict[str, str]) -> None:\n");
        t.append("    \"\"\"").append(read.method()).append(' ').append(read.path()).append(" of ")
                .append(Samples.a(kind.replace('_', ' '))).append(" that is not there answers 404")
                .append(codes.size() == 1 ? " " + codes.iterator().next() : "").append(".\"\"\"\n");
        t.append("    response = client.get(").append(Samples.quote(read.path().replace("{" + key + "}", missing)))
                .append(", headers=headers)\n");
        t.append("    assert response.status_code == 404, response.text\n");
        if (codes.size() == 1) {
            t.append("    assert response.json()[\"error\"][\"code\"] == ").append(Samples.quote(codes.iterator()
                    .next())).append('\n');
        } else if (!codes.isEmpty()) {
            t.append("    assert response.json()[\"error\"][\"code\"] in {")
                    .append(String.join(", ", codes.stream().map(Samples::quote).toList())).append("}\n");
        }
        return t.toString();
    }

    /** The codes of the errors the read's service method raises that answer 404 (the endpoint's, else their own). */
    private Set<String> notFoundCodes(Call read) {
        Set<String> codes = new TreeSet<>();
        Optional<MethodSpec> method = plan.context().component(read.spec().service()).stream()
                .map(Component::methods).flatMap(List::stream)
                .filter(m -> m.name().equals(read.spec().serviceMethod())).findFirst();
        Symbols symbols = plan.context().symbols();
        for (String raised : method.map(MethodSpec::raises).orElse(List.of())) {
            Integer status = read.spec().errors().getOrDefault(raised, symbols.httpStatus(raised).orElse(null));
            if (status != null && status == 404) {
                codes.add(code(raised));
            }
        }
        return codes;
    }

    /** As the application's error_code(): the class name without a trailing Error, in upper snake case. */
    static String code(String exception) {
        String name = exception.endsWith("Error") && exception.length() > 5
                ? exception.substring(0, exception.length() - 5) : exception;
        return name.replaceAll("(?<=[a-z0-9])(?=[A-Z])", "_").toUpperCase(java.util.Locale.ROOT);
    }
}
