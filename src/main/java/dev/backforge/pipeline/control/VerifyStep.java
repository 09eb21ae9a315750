package dev.backforge.pipeline.control;

import dev.backforge.architecture.entity.Component;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.stacks.TargetStacks;
import dev.backforge.verification.entity.Finding;
import java.util.List;

/** Step verify: one file against its component's specification and its stack's rules. */
public final class VerifyStep {

    private final TargetStacks stacks;

    public VerifyStep(TargetStacks stacks) {
        this.stacks = stacks;
    }

    public List<Finding> verify(GenerationContext context, Component component, String content) {
        List<Component> injectable = context.dependencies(component).stream().filter(d -> d.kind().isInjectable())
                .toList();
        return stacks.of(context.architecture()).verifier().verify(component, content, injectable);
    }
}
