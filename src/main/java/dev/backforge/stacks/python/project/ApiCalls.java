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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the generated test suite can call, worked out from the architecture: each endpoint, the endpoints that make
 * rows of a kind (makers), the request a valid call sends (the rows it needs made first, ids carried along), and why
 * a call cannot pass today (a stub, or a row nobody can make). {@link ApiTests} writes the tests from it.
 */
final class ApiCalls {

    private static final Pattern LIST = Pattern.compile("(?:list|List|Sequence)\\[(.+)\\]");

    static final Pattern PATH_PARAM = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)(?::[^}]*)?\\}");

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

    ApiCalls(GenerationContext context, List<GeneratedFile> components) {
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

    Optional<ModelSpec> model(String type) {
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

    /**
     * The maker that POSTs to a collection path ({@code /items/} makes what {@code /items/{item_id}} reads), else
     * the maker of the kind the collection names under another parent ({@code POST /events/{id}/tickets} makes what
     * {@code /tickets/{code}} reads).
     */
    private Optional<Maker> makerAt(String collection) {
        String last = collection.substring(collection.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT).replace('-', '_');
        return makers.values().stream().filter(x -> withoutTrailingSlashes(x.call().path()).equals(collection))
                .findFirst().or(() -> last.isEmpty() || last.startsWith("{") ? Optional.empty()
                        : Optional.ofNullable(makers.get(singular(last))));
    }

    /** What of a made row fills a path parameter: the field the parameter names ({@code code}), else its id. */
    private String key(Maker maker, String param) {
        boolean named = !param.equals("id") && !param.endsWith("_id")
                && model(maker.call().spec().responseModel()).flatMap(x -> x.field(param)).isPresent();
        return named ? param : maker.idKey();
    }

    private static String withoutTrailingSlashes(String path) {
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        return path.substring(0, end);
    }

    GenerationContext context() {
        return context;
    }

    Samples samples() {
        return samples;
    }

    List<Call> calls() {
        return calls;
    }

    Map<String, Maker> makers() {
        return makers;
    }

    /** What a valid call needs: its URL expression, its body, and the makers it calls first. */
    record Request(String url, String body, Set<String> needs, List<String> unresolved) {
        String jsonArgument() {
            return body == null ? "" : ", json=" + body;
        }
    }

    Request request(Call call, Set<String> making) {
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
                url.append("{").append(maker.get().kind()).append("['").append(key(maker.get(), param))
                        .append("']}");
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
                query.add(queryPair(q.name(), q.type(), q.constraints()));
            }
        }
        for (TemplateGenerator.ContextParameter c : TemplateGenerator.contextParameters(context, call.api(),
                call.spec())) {
            if (c.header() == null) {
                query.add(queryPair(c.name(), c.type(), Constraints.NONE));
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

    /** {@code name=value}; a list is sent as its parameter repeated, one value each, so one value is one pair. */
    private String queryPair(String name, String type, Constraints constraints) {
        Matcher list = LIST.matcher(type.replace(" ", "").replace("|None", ""));
        return name + "=" + unquote(list.matches() ? samples.value(list.group(1), Constraints.NONE, name, 0)
                : samples.value(type, constraints, name, 0));
    }

    static String unquote(String literal) {
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
    Optional<String> blocked(Call call, Request r) {
        if (!r.unresolved().isEmpty()) {
            return Optional.of("no endpoint of the API creates the " + String.join(", ", r.unresolved())
                    + " it needs");
        }
        for (String kind : closure(r.needs())) {
            Optional<String> stub = stub(makers.get(kind).call());
            if (stub.isPresent()) {
                return Optional
                        .of("it needs " + Samples.a(kind.replace('_', ' ')) + ", and " + stub.get() + " is a stub");
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
