package dev.backforge.stacks.python.project;

import java.util.List;

/**
 * What the infrastructure templates (settings, database, security) are written from.
 *
 * @param configs the artifact's config components, each read once at start
 * @param ownDatabaseUrl whether the infrastructure's own settings hold the database URL (no config names one)
 * @param urlModule the module of the getter the database URL is read through
 * @param urlExpression the attribute, with {@code .get_secret_value()} when it is a secret
 */
public record InfraView(String envPrefix, List<ConfigRef> configs, boolean ownDatabaseUrl, boolean security,
                        String urlModule, String urlGetter, String urlExpression, String settingsModule,
                        String securityModule) {

    /** A config component's module, its cached getter and its environment prefix. */
    public record ConfigRef(String module, String getter, String envPrefix) {
    }
}
