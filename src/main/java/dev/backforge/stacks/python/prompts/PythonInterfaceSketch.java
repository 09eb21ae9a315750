package dev.backforge.stacks.python.prompts;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.ExceptionSpec;
import dev.backforge.architecture.entity.FieldSpec;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.architecture.entity.ModelSpec;
import dev.backforge.architecture.entity.SettingSpec;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.stacks.python.generator.TemplateGenerator;
import java.util.Locale;

/**
 * What a component offers to the components that use it, as Python declarations without bodies: class names,
 * constructors, method signatures, model fields, exceptions. A prompt carries these for the dependencies, never
 * their code.
 */
final class PythonInterfaceSketch {

    private PythonInterfaceSketch() {
    }

    static String of(GenerationContext context, Component c) {
        StringBuilder s = new StringBuilder();
        s.append("# module ").append(c.module()).append("  (component ").append(c.id()).append(", ").append(c.type())
                .append(")\n");
        switch (c.kind()) {
            case EXCEPTION -> c.exceptions().forEach(e -> exception(s, e));
            case CONFIG -> config(s, c);
            case MODEL, ENTITY -> c.models().forEach(m -> model(s, m, c.kind() == ComponentType.ENTITY));
            case UTILITY, REPOSITORY, SERVICE, MIDDLEWARE -> {
                c.contract().models().forEach(m -> model(s, m, false));
                classSketch(s, context, c);
            }
            default -> s.append("# module-level FastAPI functions; see its description: ")
                    .append(c.descriptionOr(c.name())).append('\n');
        }
        return s.toString();
    }

    private static void exception(StringBuilder s, ExceptionSpec e) {
        s.append("class ").append(e.name()).append('(').append(e.baseOrDefault()).append("):  # ")
                .append(e.message() == null ? "" : "message \"" + e.message() + "\"")
                .append(e.httpStatus() == null ? "" : ", http_status " + e.httpStatus()).append('\n');
    }

    private static void config(StringBuilder s, Component c) {
        s.append("class ").append(c.name()).append("(BaseSettings):  # env prefix ")
                .append(c.envPrefix() == null ? "none" : c.envPrefix()).append('\n');
        for (SettingSpec x : c.settings()) {
            s.append("    ").append(x.name()).append(": ").append(x.secret() ? "SecretStr" : x.type()).append('\n');
        }
        s.append("def get_").append(snake(c.name())).append("() -> ").append(c.name()).append(":  # cached\n");
    }

    private static void model(StringBuilder s, ModelSpec m, boolean entity) {
        if (m.isEnum()) {
            s.append("class ").append(m.name()).append("(str, Enum):  # values ").append(m.enumValues()).append('\n');
            return;
        }
        s.append("class ").append(m.name()).append(entity ? "(Base):  # table " + m.table() : "(BaseModel):")
                .append('\n');
        for (FieldSpec f : m.fields()) {
            s.append("    ").append(f.name()).append(": ").append(f.type())
                    .append(f.hasDefault() ? " = " + f.defaultValue() : "").append('\n');
        }
    }

    private static void classSketch(StringBuilder s, GenerationContext context, Component c) {
        s.append("class ").append(c.name()).append(":\n");
        s.append("    def __init__(self");
        for (String p : TemplateGenerator.constructorParameters(context, c)) {
            s.append(", ").append(p);
        }
        s.append(") -> None: ...\n");
        for (MethodSpec m : c.methods()) {
            s.append("    ").append(m.signature().strip()).append(": ...");
            if (!m.raises().isEmpty()) {
                s.append("  # raises ").append(String.join(", ", m.raises()));
            }
            s.append('\n');
        }
    }

    static String snake(String name) {
        return name.replaceAll("([A-Z]+)([A-Z][a-z])", "$1_$2").replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                .toLowerCase(Locale.ROOT);
    }
}
