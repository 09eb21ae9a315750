package dev.backforge.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A synthetic, valid architecture artifact of about N backend components, for benchmarks and tests: one shared
 * config, then per domain an exception module, Pydantic schemas, an entity, a repository, a service and a router.
 * With {@code chain}, each domain's service also uses the previous one's, so the dependency graph is deep; without
 * it the domains are independent (a wide graph of few levels). The same arguments give the same document.
 */
public final class SynthArtifact {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final List<String> SCALARS = List.of("str", "int", "bool", "float");

    private SynthArtifact() {
    }

    public static ObjectNode of(int components, boolean chain, long seed) {
        Random random = new Random(seed);
        ObjectNode doc = F.objectNode();
        doc.put("architecture_id", "ARCH-SYNTH-" + components);
        doc.put("name", "synthetic " + components);
        doc.putObject("stack").put("language", "python").put("framework", "fastapi");
        doc.put("package_root", "src");
        ArrayNode all = doc.putArray("components");
        all.add(settings());
        String previous = null;
        for (int k = 0; k < Math.max(1, (components - 1) / 6); k++) {
            previous = domain(all, k, chain ? previous : null, random);
        }
        return doc;
    }

    private static ObjectNode settings() {
        ObjectNode c = component("CFG", "Settings", "config", "src/core/settings.py");
        c.put("env_prefix", "APP_");
        ArrayNode s = c.putArray("settings");
        s.addObject().put("name", "database_url").put("type", "SecretStr").put("secret", true);
        s.addObject().put("name", "page_size_max").put("type", "int").put("default", 100);
        deps(c, List.of(), List.of("pydantic-settings"));
        return c;
    }

    /** Adds one domain's six components; returns its service's id. */
    private static String domain(ArrayNode all, int k, String previousService, Random random) {
        String d = String.format(Locale.ROOT, "d%04d", k);
        String cls = String.format(Locale.ROOT, "Item%04d", k);
        String prefix = d.toUpperCase(Locale.ROOT) + "-";
        ArrayNode extra = F.arrayNode();
        for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
            extra.addObject().put("name", "attr_" + i)
                    .put("type", SCALARS.get(random.nextInt(SCALARS.size())) + " | None").putNull("default");
        }

        ObjectNode errors = component(prefix + "EXC", cls + "Errors", "exception", "src/" + d + "/errors.py");
        ArrayNode ex = errors.putArray("exceptions");
        ex.addObject().put("name", cls + "Error").put("base", "Exception").put("message", cls + " operation failed");
        ex.addObject().put("name", cls + "NotFoundError").put("base", cls + "Error")
                .put("message", cls + " not found").put("http_status", 404);
        ex.addObject().put("name", cls + "ConflictError").put("base", cls + "Error")
                .put("message", cls + " already exists").put("http_status", 409);
        deps(errors, List.of(), List.of());
        all.add(errors);

        ObjectNode schemas = component(prefix + "SCH", cls + "Schemas", "model", "src/" + d + "/schemas.py");
        ArrayNode models = schemas.putArray("models");
        ArrayNode create = models.addObject().put("name", cls + "Create").putArray("fields");
        create.addObject().put("name", "name").put("type", "str").putObject("constraints")
                .put("min_length", 1).put("max_length", 200);
        create.addAll(extra.deepCopy());
        ObjectNode response = models.addObject().put("name", cls + "Response").put("from_attributes", true);
        ArrayNode responseFields = response.putArray("fields");
        responseFields.addObject().put("name", "id").put("type", "int");
        responseFields.addObject().put("name", "name").put("type", "str");
        responseFields.addAll(extra.deepCopy());
        deps(schemas, List.of(), List.of("pydantic"));
        all.add(schemas);

        ObjectNode entity = component(prefix + "ENT", cls + "Entity", "entity", "src/" + d + "/entities.py");
        ObjectNode table = entity.putArray("models").addObject().put("name", cls).put("table", d + "_items");
        ArrayNode columns = table.putArray("fields");
        columns.addObject().put("name", "id").put("type", "int").putObject("constraints").put("primary_key", true);
        columns.addObject().put("name", "name").put("type", "str").putObject("constraints")
                .put("max_length", 200).put("unique", true);
        columns.addAll(extra.deepCopy());
        deps(entity, List.of(), List.of("sqlalchemy"));
        all.add(entity);

        ObjectNode repository = component(prefix + "REPO", cls + "Repository", "repository",
                "src/" + d + "/repository.py");
        repository.put("entity", cls);
        methods(repository,
                "get", "async def get(self, item_id: int) -> " + cls + " | None", null,
                "get_by_name", "async def get_by_name(self, name: str) -> " + cls + " | None", null,
                "list", "async def list(self, skip: int = 0, limit: int = 20) -> list[" + cls + "]", null,
                "create", "async def create(self, item: " + cls + ") -> " + cls, null);
        deps(repository, List.of(prefix + "ENT"), List.of("sqlalchemy"));
        all.add(repository);

        ObjectNode service = component(prefix + "SVC", cls + "Service", "service", "src/" + d + "/service.py");
        methods(service,
                "create", "async def create(self, data: " + cls + "Create) -> " + cls + "Response",
                cls + "ConflictError",
                "get", "async def get(self, item_id: int) -> " + cls + "Response", cls + "NotFoundError",
                "list", "async def list(self, skip: int, limit: int) -> list[" + cls + "Response]", null);
        List<String> uses = previousService == null
                ? List.of(prefix + "EXC", prefix + "SCH", prefix + "ENT", prefix + "REPO", "CFG")
                : List.of(prefix + "EXC", prefix + "SCH", prefix + "ENT", prefix + "REPO", "CFG", previousService);
        deps(service, uses, List.of());
        all.add(service);

        ObjectNode api = component(prefix + "API", cls + "API", "api", "src/api/" + d + ".py");
        api.put("prefix", "/api/v1/" + d);
        api.putArray("tags").add(d);
        ArrayNode endpoints = api.putArray("endpoints");
        endpoints.addObject().put("method", "POST").put("path", "/").put("handler", "create")
                .put("request_model", cls + "Create").put("response_model", cls + "Response").put("status_code", 201)
                .put("service", prefix + "SVC").put("service_method", "create");
        endpoints.addObject().put("method", "GET").put("path", "/{item_id}").put("handler", "get")
                .put("response_model", cls + "Response").put("service", prefix + "SVC").put("service_method", "get");
        ObjectNode list = endpoints.addObject().put("method", "GET").put("path", "/").put("handler", "list")
                .put("response_model", "list[" + cls + "Response]").put("service", prefix + "SVC")
                .put("service_method", "list");
        ArrayNode query = list.putArray("query_params");
        query.addObject().put("name", "skip").put("type", "int").put("default", 0).putObject("constraints")
                .put("ge", 0);
        query.addObject().put("name", "limit").put("type", "int").put("default", 20).putObject("constraints")
                .put("ge", 1).put("le", 100);
        deps(api, List.of(prefix + "EXC", prefix + "SCH", prefix + "SVC"), List.of("fastapi"));
        all.add(api);
        return prefix + "SVC";
    }

    private static ObjectNode component(String id, String name, String type, String file) {
        return F.objectNode().put("id", id).put("name", name).put("type", type).put("assigned_to", "backend")
                .put("file_path", file);
    }

    /** Methods as (name, signature, raises-or-null) triples. */
    private static void methods(ObjectNode c, String... triples) {
        ArrayNode methods = c.putObject("interface").putArray("methods");
        for (int i = 0; i < triples.length; i += 3) {
            ObjectNode m = methods.addObject().put("name", triples[i]).put("signature", triples[i + 1]);
            if (triples[i + 2] != null) {
                m.putArray("raises").add(triples[i + 2]);
            }
        }
    }

    private static void deps(ObjectNode c, List<String> internal, List<String> external) {
        ObjectNode d = c.putObject("dependencies");
        internal.forEach(d.putArray("internal")::add);
        external.forEach(d.putArray("external")::add);
    }
}
