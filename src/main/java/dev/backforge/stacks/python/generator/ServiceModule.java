package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.MethodSpec;
import dev.backforge.output.entity.GeneratedFile;
import java.util.List;

/** A service: its interface models, then the class with injected collaborators and the business methods. */
final class ServiceModule {

    private ServiceModule() {
    }

    static GeneratedFile generate(PyContext ctx, Component c) {
        PyModule m = ctx.module(c).allowTypeOnlyImports().withLogger()
                .docstring(c.descriptionOr(PyText.words(c.name()) + "."));
        PydanticModels.write(m, c.contract().models());
        List<Injections.Injected> injected = ctx.injections().of(c);
        ClassWriter w = new ClassWriter(ctx, m, c);
        Docstring doc = new Docstring(c.descriptionOr(PyText.words(c.name())));
        if (c.implementationNotes() != null) {
            doc.paragraph("Implementation notes: " + c.implementationNotes());
        }
        w.header(null, doc);
        w.constructor(injected, List.of());
        ServiceBodies crud = new ServiceBodies(ctx, m, injected);
        for (MethodSpec spec : c.methods()) {
            w.method(spec, crud.body(spec), reason(c, spec));
        }
        return m.toFile(c.descriptionOr("Service " + c.name()));
    }

    static String reason(Component c, MethodSpec spec) {
        String what = spec.description() != null ? spec.description().strip() : PyText.words(spec.name());
        return "its logic goes beyond the template patterns (" + what + ")"
                + (c.implementationNotes() != null ? "; implementation notes: " + c.implementationNotes().strip() : "");
    }
}
