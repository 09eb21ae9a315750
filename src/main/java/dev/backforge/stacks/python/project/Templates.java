package dev.backforge.stacks.python.project;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** The precompiled JTE templates of src/main/jte: the fixed text of generated projects. */
final class Templates {

    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Plain);

    private Templates() {
    }

    /** Renders {@code name} (a path under src/main/jte) with its one parameter. */
    static String render(String name, Object view) {
        StringOutput out = new StringOutput();
        ENGINE.render(name, view, out);
        return out.toString();
    }
}
