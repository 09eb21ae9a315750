package dev.backforge.stacks.python.project;

import dev.backforge.architecture.entity.Architecture;
import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.Constraints;
import dev.backforge.architecture.entity.EndpointSpec;
import dev.backforge.architecture.entity.SettingSpec;
import dev.backforge.architecture.entity.Symbol;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.ProjectGenerator;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.output.entity.TokenUsage;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.stacks.python.generator.RuntimePlan;
import dev.backforge.stacks.python.generator.Tables;
import dev.backforge.stacks.python.generator.TemplateGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The project around a Python/FastAPI backend: the infrastructure the artifact leaves out (settings, database
 * sessions, bearer tokens, an application module), package markers, pyproject.toml, .env.example, the README,
 * Alembic migrations and a pytest suite. Everything is derived from the architecture, so two generations of one
 * artifact are byte-identical.
 */
public final class PythonProject implements ProjectGenerator {

    @Override
    public List<GeneratedFile> files(GenerationContext context, List<GeneratedFile> components) {
        RuntimePlan runtime = TemplateGenerator.runtime(context);
        Map<String, GeneratedFile> out = new LinkedHashMap<>();
        InfraView infra = infra(context, runtime);
        put(out, path(runtime.infraPackage()) + "/__init__.py",
                "\"\"\"Infrastructure Backforge adds to this project: settings, database, authentication.\"\"\"\n",
                "Package of the generated infrastructure");
        put(out, path(runtime.settingsModule()) + ".py", Templates.render("python/infra/settings.py.jte", infra),
                "Infrastructure settings and the configuration check at start");
        if (runtime.database()) {
            put(out, path(runtime.databaseModule()) + ".py", Templates.render("python/infra/database.py.jte", infra),
                    "Database engine and the request's session");
        }
        if (runtime.security()) {
            put(out, path(runtime.securityModule()) + ".py", Templates.render("python/infra/security.py.jte", infra),
                    "Bearer token (JWT) authentication");
        }
        if (runtime.app().isEmpty()) {
            GeneratedFile app = TemplateGenerator.application(context);
            out.put(app.path(), app);
        }
        List<String> pythonSources = new ArrayList<>();
        components.forEach(f -> pythonSources.add(f.content()));
        out.values().forEach(f -> pythonSources.add(f.content()));
        packageMarkers(components, out);
        List<Tables.Table> tables = Tables.of(context);
        if (!tables.isEmpty()) {
            MigrationView migrations = migrations(context, runtime, tables, infra);
            put(out, "alembic.ini", Templates.render("python/migrations/alembic.ini.jte", migrations),
                    "Alembic's configuration");
            put(out, "migrations/env.py", Templates.render("python/migrations/env.py.jte", migrations),
                    "Alembic's environment: the application's URL and tables");
            put(out, "migrations/script.py.mako", Templates.render("python/migrations/script.py.mako.jte",
                    migrations), "The template of new revisions");
            put(out, "migrations/versions/0001_initial.py", Templates.render("python/migrations/initial.py.jte",
                    migrations), "The initial schema");
        }
        ApiTests tests = new ApiTests(context, components);
        put(out, "tests/__init__.py", "\"\"\"The project's tests.\"\"\"\n", "Package of the tests");
        put(out, "tests/conftest.py", Templates.render("python/tests/conftest.py.jte",
                conftest(context, runtime, !tables.isEmpty())), "Test fixtures: the application on a fresh database");
        put(out, "tests/factories.py", tests.factories(), "Rows made through the API for the tests");
        tests.modules().forEach((path, text) -> put(out, path, text, "Tests of an API module"));
        ProjectView project = project(context, runtime, pythonSources, !tables.isEmpty(), tests);
        put(out, "pyproject.toml", Templates.render("python/project/pyproject.toml.jte", project),
                "Build, dependencies and tool settings");
        put(out, ".env.example", Templates.render("python/project/env.example.jte", project),
                "Every setting, with its default; secrets left empty");
        put(out, "README.md", Templates.render("python/project/README.md.jte", project),
                "How to install, configure, migrate, run and test the project");
        return List.copyOf(out.values());
    }

    private static void put(Map<String, GeneratedFile> out, String path, String content, String description) {
        out.put(path, new GeneratedFile(path, null, content, description, List.of(), List.of(), List.of(),
                TokenUsage.NONE));
    }

    static String path(String module) {
        return module.replace('.', '/');
    }

    /** An {@code __init__.py} in every folder that holds generated modules, up to the top-level packages. */
    private static void packageMarkers(List<GeneratedFile> components, Map<String, GeneratedFile> out) {
        Set<String> present = new TreeSet<>();
        Set<String> folders = new TreeSet<>();
        List<GeneratedFile> all = new ArrayList<>(components);
        all.addAll(out.values());
        for (GeneratedFile f : all) {
            if (!f.path().endsWith(".py")) {
                continue;
            }
            if (f.path().endsWith("/__init__.py")) {
                present.add(f.path());
            }
            String p = f.path();
            for (int slash = p.lastIndexOf('/'); slash > 0; slash = p.lastIndexOf('/', slash - 1)) {
                folders.add(p.substring(0, slash));
            }
        }
        for (String folder : folders) {
            String marker = folder + "/__init__.py";
            if (!present.contains(marker) && !out.containsKey(marker)) {
                put(out, marker, "\"\"\"Package " + folder.replace('/', '.') + ".\"\"\"\n", "Package marker");
            }
        }
    }

    private static InfraView infra(GenerationContext context, RuntimePlan runtime) {
        List<InfraView.ConfigRef> configs = new ArrayList<>();
        for (PlannedComponent p : context.plan().components()) {
            Component c = p.component();
            if (c.kind() == ComponentType.CONFIG) {
                configs.add(new InfraView.ConfigRef(c.module(), getter(c), c.envPrefix() == null ? "" : c.envPrefix()));
            }
        }
        boolean own = runtime.configUrl().isEmpty();
        String urlModule = own ? runtime.settingsModule() : runtime.configUrl().get().config().module();
        String urlGetter = own ? "get_infra_settings" : getter(runtime.configUrl().get().config());
        String urlExpression = own ? "database_url" : runtime.configUrl().get().setting().name()
                + (secret(runtime.configUrl().get().setting()) ? ".get_secret_value()" : "");
        return new InfraView(runtime.envPrefix(), configs, own, runtime.security(), urlModule, urlGetter,
                urlExpression, runtime.settingsModule(), runtime.securityModule());
    }

    private static String tokenCommand(GenerationContext context, RuntimePlan runtime) {
        if (runtime.security()) {
            return "TOKEN=$(python -m " + runtime.securityModule() + " --subject you --minutes 60)";
        }
        return TemplateGenerator.tokenValidator(context).isPresent() ? "TOKEN=...   # issued by the application" : null;
    }

    private static String tokenNote(GenerationContext context, RuntimePlan runtime) {
        if (runtime.security()) {
            return "Protected routes take a JWT in `Authorization: Bearer ...`, signed with `" + runtime.envPrefix()
                    + "JWT_SECRET` (HS256) or checked with `" + runtime.envPrefix() + "JWT_PUBLIC_KEY` (RS256). "
                    + "In development, sign one with the same secret:";
        }
        return TemplateGenerator.tokenValidator(context).map(v -> "Protected routes take a bearer token that "
                + v.substring(0, v.indexOf(" -> ")) + " validates; the application issues it (see its endpoints).")
                .orElse(null);
    }

    static String getter(Component config) {
        return "get_" + snake(config.name());
    }

    static boolean secret(SettingSpec s) {
        return s.secret() || s.type().contains("SecretStr");
    }

    static String snake(String name) {
        return name.replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2").replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
    }

    private static MigrationView migrations(GenerationContext context, RuntimePlan runtime, List<Tables.Table> tables,
                                            InfraView infra) {
        List<MigrationView.Metadata> sources = new ArrayList<>();
        int i = 0;
        for (Tables.Holder h : Tables.holders(context)) {
            String alias = h.name().toLowerCase(Locale.ROOT) + "_" + i++;
            sources.add(new MigrationView.Metadata(h.module(), h.name(), alias, alias + h.expression()));
        }
        String variable = runtime.configUrl().map(u -> ((u.config().envPrefix() == null ? "" : u.config().envPrefix())
                + u.setting().name()).toUpperCase(Locale.ROOT)).orElse(runtime.envPrefix() + "DATABASE_URL");
        return new MigrationView(name(context.architecture()), tables, sources, infra.urlModule(), infra.urlGetter(),
                infra.urlExpression(), variable);
    }

    static String name(Architecture a) {
        return a.name() != null && !a.name().isBlank() ? a.name() : a.architectureId();
    }

    private static ConftestView conftest(GenerationContext context, RuntimePlan runtime, boolean migrations) {
        List<ConftestView.Pair> environment = new ArrayList<>();
        for (ProjectView.Setting s : Settings.of(context, runtime)) {
            if (s.required()) {
                String name = s.variable().toLowerCase(Locale.ROOT);
                String value = name.contains("database_url") || name.contains("db_url") || name.contains("dsn")
                        ? "sqlite+aiosqlite:///./test.db"
                        : name.contains("jwt_secret") || s.secret() ? "tests-only-key-never-in-production-0123456789"
                                : "1";
                environment.add(new ConftestView.Pair(s.variable(), value));
            }
        }
        Optional<String> session = TemplateGenerator.providerModule(context, "get_session");
        String tokenModule = runtime.security() ? runtime.securityModule() : null;
        String principalModule = null;
        String principalTypeModule = null;
        String principalType = null;
        String principalSample = null;
        Optional<String> validator = TemplateGenerator.tokenValidator(context);
        if (!runtime.security() && validator.isPresent()) {
            principalModule = TemplateGenerator.providerModule(context, "get_current_principal").orElse(null);
            String returns = validator.get().substring(validator.get().indexOf(" -> ") + 4).strip();
            Optional<Symbol> type = context.symbols().find(returns).filter(x -> x.model() != null);
            if (principalModule != null && type.isPresent()) {
                principalType = returns;
                principalTypeModule = type.get().module();
                principalSample = new Samples(context.symbols()).model(type.get().model(), f -> Optional.empty(), 1);
            } else {
                principalModule = null;
            }
        }
        Set<ConftestView.Pair> headers = new LinkedHashSet<>();
        Samples samples = new Samples(context.symbols());
        for (PlannedComponent p : context.plan().components()) {
            Component api = p.component();
            for (EndpointSpec e : api.endpoints()) {
                for (TemplateGenerator.ContextParameter c : TemplateGenerator.contextParameters(context, api, e)) {
                    if (c.header() != null) {
                        String v = samples.value(c.type(), Constraints.NONE, c.name(), 0);
                        headers.add(new ConftestView.Pair(c.header(), v.startsWith("\"")
                                ? v.substring(1, v.length() - 1) : v));
                    }
                }
            }
        }
        return new ConftestView(environment, runtime.appModule(), migrations, session.orElse(null), tokenModule,
                principalModule, principalTypeModule, principalType, principalSample, List.copyOf(headers));
    }

    private static ProjectView project(GenerationContext context, RuntimePlan runtime, List<String> sources,
                                       boolean migrations, ApiTests tests) {
        Architecture a = context.architecture();
        String name = name(a);
        String distribution = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String version = a.version() != null && a.version().matches("\\d+(\\.\\d+){0,3}") ? a.version() : "0.1.0";
        List<Component> backend = a.backendComponents();
        List<String> roots = backend.stream().map(c -> c.module().split("\\.")[0]).distinct().sorted().toList();
        List<String> dependencies = Requirements.of(sources, backend, roots);
        return new ProjectView(name, distribution.isEmpty() ? "backend" : distribution, version,
                a.description() != null ? a.description().strip() : name, dependencies, Requirements.TEST, roots,
                Settings.of(context, runtime), runtime.appModule(), migrations, tokenCommand(context, runtime),
                tokenNote(context, runtime), tests.routes());
    }
}
