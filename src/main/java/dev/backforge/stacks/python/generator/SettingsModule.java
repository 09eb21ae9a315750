package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.SettingSpec;
import dev.backforge.output.entity.GeneratedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * A config component: a pydantic-settings class read from the environment, and a cached getter. Secret settings are
 * SecretStr and never get a default: a secret comes from the environment or the run fails at start.
 */
final class SettingsModule {

    private SettingsModule() {
    }

    static String getterName(Component config) {
        return "get_" + PyText.snake(config.name());
    }

    static GeneratedFile generate(PyContext ctx, Component c) {
        PyModule m = ctx.module(c).docstring(c.descriptionOr("Configuration of " + PyText.words(c.name()) + "."));
        String prefix = c.envPrefix() == null ? "" : c.envPrefix();
        m.gap();
        m.line("class " + c.name() + "(" + m.use("BaseSettings") + "):");
        m.from("pydantic_settings", "BaseSettings");
        Docstring doc = new Docstring(c.descriptionOr(PyText.words(c.name()) + " read from the environment"))
                .paragraph("Each setting is read from the environment variable of its name in upper case"
                        + (prefix.isEmpty() ? "" : " prefixed with ``" + prefix + "``")
                        + ", or from a ``.env`` file. Secrets have no default and must be provided.");
        c.settings().forEach(s -> doc.attribute(s.name(), s.description() != null ? s.description()
                : PyText.words(s.name())));
        m.lines(doc.render("    "));
        m.line("");
        m.from("pydantic_settings", "SettingsConfigDict");
        m.lines(PyText.call("    ", "model_config = SettingsConfigDict",
                List.of("env_prefix=" + PyText.literal(prefix), "env_file=\".env\"", "env_ignore_empty=True",
                        "extra=\"ignore\""),
                ""));
        m.line("");
        for (SettingSpec s : c.settings()) {
            m.lines(setting(m, s));
        }
        m.gap();
        m.from("functools", "lru_cache");
        m.line("@lru_cache");
        m.line("def " + getterName(c) + "() -> " + c.name() + ":");
        m.lines(new Docstring("Return the process-wide " + c.name() + ", read from the environment once")
                .returns("The cached " + c.name() + " instance")
                .render("    "));
        m.line("    return " + c.name() + "()");
        return m.toFile(c.descriptionOr("Configuration of " + c.name()));
    }

    private static List<String> setting(PyModule m, SettingSpec s) {
        String declared = s.secret() && !s.type().contains("SecretStr") ? secretType(s.type()) : s.type();
        String type = m.type(declared);
        List<String> args = new ArrayList<>();
        if (s.hasDefault() && !s.secret()) {
            args.add("default=" + PydanticModels.typedLiteral(m, s.type(), s.defaultValue()));
        }
        args.addAll(PydanticModels.validation(s.constraints()));
        if (s.secret() && s.constraints().minLength() == null && declared.replace(" ", "").equals("SecretStr")) {
            // an empty line in .env is a value: a required secret left empty stops the start like a missing one
            args.add(0, "min_length=1");
        }
        if (s.description() != null) {
            args.add("description=" + PyText.literal(s.description()));
        }
        if (args.isEmpty()) {
            return List.of("    " + s.name() + ": " + type);
        }
        if (args.size() == 1 && args.get(0).startsWith("default=")) {
            return List.of("    " + s.name() + ": " + type + " = " + args.get(0).substring("default=".length()));
        }
        m.from("pydantic", "Field");
        return PyText.call("    ", s.name() + ": " + type + " = Field", args, "");
    }

    /** A secret declared as plain text is held as SecretStr, so it never shows in a repr or a log line. */
    private static String secretType(String declared) {
        String t = declared.replace(" ", "");
        return t.endsWith("|None") || t.startsWith("Optional[") ? "SecretStr | None" : "SecretStr";
    }
}
