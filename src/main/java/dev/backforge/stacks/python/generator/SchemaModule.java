package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.output.entity.GeneratedFile;

/** A model component: Pydantic models and enumerations that cross layers. */
final class SchemaModule {

    private SchemaModule() {
    }

    static GeneratedFile generate(PyContext ctx, Component c) {
        PyModule m = ctx.module(c).docstring(c.descriptionOr("Data models of " + PyText.words(c.name()) + "."));
        PydanticModels.write(m, c.models());
        return m.toFile(c.descriptionOr("Data models of " + c.name()));
    }
}
