package dev.backforge.pipeline.control;

import dev.backforge.architecture.entity.Component;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.stacks.TargetStacks;
import dev.backforge.verification.entity.Finding;
import java.util.List;

/** Step verify: one file against its component's specification and its stack's rules. */
public final class VerifyStep {

    private final TargetStacks stacks;

    public VerifyStep(TargetStacks stacks) {
        this.stacks = stacks;
    }

    /**
     * A project file: its stack's application modules are verified like components (names, documentation, security);
     * other files (build files, migrations, tests) are left to the tools that run them.
     */
    public List<Finding> verifyProjectFile(GenerationContext context, GeneratedFile file) {
        if (!isModule(context, file.path())) {
            return List.of();
        }
        Component module = new Component("PROJECT", "Module", "app", Component.BACKEND, file.path(),
                file.description(), null, null, null, null, null, null, null, null, null, null, null);
        return stacks.of(context.architecture()).verifier().verify(module, file.content(), List.of());
    }

    private boolean isModule(GenerationContext context, String path) {
        String extension = stacks.of(context.architecture()).dialect().fileExtension();
        return path.endsWith(extension) && !path.startsWith("tests/") && !path.startsWith("migrations/");
    }

    public List<Finding> verify(GenerationContext context, Component component, String content) {
        List<Component> injectable = context.dependencies(component).stream().filter(d -> d.kind().isInjectable())
                .toList();
        return stacks.of(context.architecture()).verifier().verify(component, content, injectable);
    }
}
