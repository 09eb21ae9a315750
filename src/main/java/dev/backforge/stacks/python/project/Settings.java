package dev.backforge.stacks.python.project;

import com.fasterxml.jackson.databind.JsonNode;
import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.SettingSpec;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.stacks.python.generator.RuntimePlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Every environment variable a generated project reads: its configs' settings and the infrastructure's. */
final class Settings {

    private Settings() {
    }

    static List<ProjectView.Setting> of(GenerationContext context, RuntimePlan runtime) {
        List<ProjectView.Setting> out = new ArrayList<>();
        for (PlannedComponent p : context.plan().components()) {
            Component c = p.component();
            if (c.kind() != ComponentType.CONFIG) {
                continue;
            }
            String prefix = c.envPrefix() == null ? "" : c.envPrefix();
            for (SettingSpec s : c.settings()) {
                boolean secret = PythonProject.secret(s);
                boolean required = !s.hasDefault() || secret && s.secret();
                String example = secret || !s.hasDefault() ? "" : envText(s.defaultValue());
                String about = s.description() != null ? s.description() : words(s.name());
                out.add(new ProjectView.Setting((prefix + s.name()).toUpperCase(Locale.ROOT), example,
                        about + " (" + s.type() + (required ? ", required" : "") + (secret ? ", secret" : "") + ")",
                        secret, required));
            }
        }
        String prefix = runtime.envPrefix();
        if (runtime.configUrl().isEmpty() && runtime.database()) {
            addInfra(out, new ProjectView.Setting(prefix + "DATABASE_URL", "sqlite+aiosqlite:///./app.db",
                    "Database URL; PostgreSQL: postgresql+asyncpg://user:password@host:5432/name", false, false));
        }
        if (runtime.security()) {
            addInfra(out, new ProjectView.Setting(prefix + "JWT_SECRET", "",
                    "HMAC key that signs bearer tokens (HS256), at least 32 random bytes (secret, required for HS*)",
                    true, true));
            addInfra(out, new ProjectView.Setting(prefix + "JWT_ALGORITHM", "HS256",
                    "Signature algorithm of bearer tokens: HS256, or RS256/ES256 with a public key", false, false));
            addInfra(out, new ProjectView.Setting(prefix + "JWT_PUBLIC_KEY", "",
                    "PEM public key that checks RS256/ES256 tokens (required for those algorithms)", false, false));
            addInfra(out, new ProjectView.Setting(prefix + "JWT_ISSUER", "", "Required issuer (iss) of tokens, if set",
                    false, false));
            addInfra(out,
                    new ProjectView.Setting(prefix + "JWT_AUDIENCE", "", "Required audience (aud) of tokens, if set",
                            false, false));
        }
        return out;
    }

    /**
     * The infrastructure's setting, unless a config of the architecture reads the same variable (its own jwt_secret,
     * say): the variable is then listed once, as the architecture describes it.
     */
    private static void addInfra(List<ProjectView.Setting> out, ProjectView.Setting setting) {
        if (out.stream().noneMatch(s -> s.variable().equals(setting.variable()))) {
            out.add(setting);
        }
    }

    /** A default as pydantic-settings reads it from the environment: text as is, lists and objects as JSON. */
    static String envText(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isFloatingPointNumber()) {
            // the reader keeps floats as decimals, whose text may be 1E+4
            return value.decimalValue().toPlainString();
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    static String words(String name) {
        String w = name.replace('_', ' ').strip();
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
