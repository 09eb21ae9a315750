package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.EndpointSpec;
import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.architecture.entity.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where each argument of the service call behind an endpoint comes from: the path, the request body (whole, or one
 * of its fields), a query parameter, or the request's context (a header provider); a parameter with a default that
 * nothing supplies is left to its default.
 */
final class Bindings {

    private static final Pattern PATH_PARAM = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\\}");

    enum Source {
        PATH, BODY, BODY_FIELD, QUERY, CONTEXT, DEFAULT
    }

    record Binding(Parameter parameter, Source source) {
    }

    private Bindings() {
    }

    static Optional<MethodSpec> serviceMethod(PyContext ctx, EndpointSpec e) {
        return ctx.component(e.service()).flatMap(s -> Methods.find(s.methods(), e.serviceMethod()));
    }

    static List<String> pathParams(Component api, EndpointSpec e) {
        Set<String> names = new LinkedHashSet<>();
        Matcher matcher = PATH_PARAM.matcher((api.prefix() == null ? "" : api.prefix()) + e.path());
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }

    static List<Binding> of(PyContext ctx, Component api, EndpointSpec e) {
        Optional<MethodSpec> method = serviceMethod(ctx, e);
        if (method.isEmpty()) {
            return List.of();
        }
        List<String> path = pathParams(api, e);
        Optional<ModelSpec> body = Optional.ofNullable(e.requestModel()).flatMap(ctx.symbols()::model);
        List<Binding> out = new ArrayList<>();
        for (Parameter p : method.get().parsed().arguments()) {
            Source source;
            if (path.stream().anyMatch(x -> PyText.function(x).equals(p.name()))) {
                source = Source.PATH;
            } else if (e.requestModel() != null
                    && Methods.compact(p.annotation()).equals(Methods.compact(e.requestModel()))) {
                source = Source.BODY;
            } else if (body.flatMap(b -> bodyField(b, p.name())).isPresent()) {
                source = Source.BODY_FIELD;
            } else if (e.queryParams().stream().anyMatch(q -> names(q.name(), p.name()))) {
                source = Source.QUERY;
            } else if (p.hasDefault()) {
                source = Source.DEFAULT;
            } else {
                source = Source.CONTEXT;
            }
            out.add(new Binding(p, source));
        }
        return out;
    }

    /** The body's field a service parameter names: itself, or a field whose Python name it is ({@code from_}). */
    static Optional<FieldSpec> bodyField(ModelSpec body, String param) {
        return body.fields().stream().filter(f -> names(f.name(), param)).findFirst();
    }

    /** Whether a service parameter stands for a field: by the field's name, or by its Python name. */
    private static boolean names(String field, String param) {
        return field.equals(param) || PyText.attr(field).equals(param);
    }

    static Optional<FieldSpec> query(EndpointSpec e, String name) {
        return e.queryParams().stream().filter(q -> q.name().equals(name)).findFirst();
    }
}
