package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.output.entity.GeneratedFile;
import java.util.List;
import java.util.Optional;

/** A utility class: injected collaborators, then methods written by a matching recipe or left as stubs. */
final class UtilityModule {

    private UtilityModule() {
    }

    static GeneratedFile generate(PyContext ctx, Component c) {
        PyModule m = ctx.module(c).allowTypeOnlyImports().withLogger()
                .docstring(c.descriptionOr(PyText.words(c.name()) + "."));
        PydanticModels.write(m, c.contract().models());
        List<Injections.Injected> injected = ctx.injections().of(c);
        UtilityRecipes recipes = new UtilityRecipes(ctx, m, c, injected);
        ClassWriter w = new ClassWriter(ctx, m, c);
        Docstring doc = new Docstring(c.descriptionOr(PyText.words(c.name())));
        if (c.implementationNotes() != null) {
            doc.paragraph("Implementation notes: " + c.implementationNotes());
        }
        w.header(null, doc);
        w.constructor(injected, recipes.constructorLines());
        for (MethodSpec spec : c.methods()) {
            Optional<List<String>> body = recipes.body(spec);
            w.method(spec, body, ServiceModule.reason(c, spec));
        }
        return m.toFile(c.descriptionOr("Utility " + c.name()));
    }
}
