package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.EndpointSpec;
import dev.backforge.architecture.entity.SettingSpec;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a project needs to run that the artifact leaves out, decided once per architecture: a database session when
 * components need one and no utility hands it out, bearer-token verification when endpoints require a caller and no
 * service validates tokens, an application module when there is none, and the settings of all that. The
 * components' modules import these by the names decided here; the project step writes them.
 */
public final class RuntimePlan {

    /** Where the database URL comes from: a setting of a config component, or the infrastructure's own. */
    public record UrlSource(Component config, SettingSpec setting) {
    }

    private final String root;
    private final String infra;
    private final boolean database;
    private final boolean sessions;
    private final boolean security;
    private final Optional<UrlSource> configUrl;
    private final String envPrefix;
    private final Optional<Component> app;
    private final String appModule;

    RuntimePlan(PyContext ctx) {
        List<Component> backend = ctx.context().architecture().backendComponents();
        String packageRoot = ctx.context().architecture().packageRoot();
        this.root = packageRoot != null && !packageRoot.isBlank() ? packageRoot
                : backend.stream().map(c -> c.module().split("\\.")[0]).sorted().findFirst().orElse("app");
        Set<String> modules = backend.stream().map(Component::module).collect(Collectors.toSet());
        this.infra = free(root + ".infra", modules);
        boolean needsSession = backend.stream().anyMatch(c -> ctx.injections().of(c).stream()
                .anyMatch(i -> i.resource() == Injections.Resource.SESSION));
        this.sessions = needsSession;
        this.database = needsSession && ctx.providers().sessionSource().isEmpty();
        boolean needsCaller = backend.stream().flatMap(c -> c.endpoints().stream())
                .anyMatch(EndpointSpec::authRequired);
        this.security = needsCaller && ctx.providers().tokenValidator().isEmpty();
        this.configUrl = databaseUrl(ctx);
        List<Component> configs = ctx.backend(ComponentType.CONFIG);
        List<String> prefixes = configs.stream().map(Component::envPrefix).filter(p -> p != null && !p.isEmpty())
                .distinct().toList();
        this.envPrefix = prefixes.size() == 1 ? prefixes.get(0) : "APP_";
        this.app = ctx.backend(ComponentType.APP).stream().findFirst();
        this.appModule = app.map(Component::module).orElseGet(() -> free(root + ".main", modules));
    }

    private static String free(String module, Set<String> taken) {
        boolean clash = taken.stream().anyMatch(m -> m.equals(module) || m.startsWith(module + "."));
        return clash ? module.substring(0, module.lastIndexOf('.') + 1) + "backforge_"
                + module.substring(module.lastIndexOf('.') + 1) : module;
    }

    /** The first config setting that names the database URL. */
    static Optional<UrlSource> databaseUrl(PyContext ctx) {
        for (Component c : ctx.backend(ComponentType.CONFIG)) {
            Optional<SettingSpec> url = c.settings().stream()
                    .filter(s -> s.name().matches(".*(database_url|db_url|dsn).*")).findFirst();
            if (url.isPresent()) {
                return Optional.of(new UrlSource(c, url.get()));
            }
        }
        return Optional.empty();
    }

    /** The package the generated modules live in ({@code src}). */
    public String root() {
        return root;
    }

    /** The package of the infrastructure Backforge adds ({@code src.infra}). */
    public String infraPackage() {
        return infra;
    }

    public String settingsModule() {
        return infra + ".settings";
    }

    /** Whether Backforge writes the database module: components need sessions that no utility hands out. */
    public boolean database() {
        return database;
    }

    /** Whether components work in SQLAlchemy sessions, whoever hands them out. */
    public boolean sessions() {
        return sessions;
    }

    public String databaseModule() {
        return infra + ".database";
    }

    /** Whether Backforge writes bearer-token verification: endpoints require a caller, no service checks tokens. */
    public boolean security() {
        return security;
    }

    public String securityModule() {
        return infra + ".security";
    }

    /** The config setting that names the database URL, when the artifact has one. */
    public Optional<UrlSource> configUrl() {
        return configUrl;
    }

    /** The prefix of the infrastructure's environment variables: the artifact's own, if it has one prefix. */
    public String envPrefix() {
        return envPrefix;
    }

    /** The artifact's application component; when there is none, Backforge writes one at {@link #appModule()}. */
    public Optional<Component> app() {
        return app;
    }

    public String appModule() {
        return appModule;
    }
}
