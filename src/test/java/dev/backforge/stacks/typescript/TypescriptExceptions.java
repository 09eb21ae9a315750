package dev.backforge.stacks.typescript;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.architecture.entity.ExceptionSpec;
import dev.backforge.generation.control.CodeGenerator;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.GenerationException;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.output.entity.TokenUsage;
import dev.backforge.planning.entity.PlannedComponent;
import java.util.List;

/** The spike's generator: an exception component as exported TypeScript error classes with their HTTP status. */
final class TypescriptExceptions implements CodeGenerator {

    @Override
    public String name() {
        return "typescript-spike";
    }

    @Override
    public String version() {
        return "0.0.1";
    }

    @Override
    public GeneratedFile generate(GenerationContext context, PlannedComponent planned) throws GenerationException {
        Component c = planned.component();
        if (c.kind() != ComponentType.EXCEPTION) {
            throw new GenerationException("the TypeScript spike writes exception components only, not " + c.type());
        }
        StringBuilder s = new StringBuilder("/** ").append(c.descriptionOr(c.name())).append(" */\n");
        for (ExceptionSpec e : c.exceptions()) {
            s.append("\nexport class ").append(e.name()).append(" extends ").append(e.baseOrDefault()
                    .equals("Exception") ? "Error" : e.baseOrDefault()).append(" {\n");
            s.append("  readonly httpStatus: number | undefined = ").append(e.httpStatus() == null ? "undefined"
                    : e.httpStatus()).append(";\n\n");
            s.append("  constructor(message = ").append(quote(e.message() == null ? e.name() : e.message()))
                    .append(") {\n    super(message);\n    this.name = ").append(quote(e.name())).append(";\n  }\n}\n");
        }
        return new GeneratedFile(c.filePath(), c.id(), s.toString(), c.descriptionOr(c.name()), List.of(), List.of(),
                List.of(), TokenUsage.NONE);
    }

    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
