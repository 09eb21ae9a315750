package dev.backforge.stacks;

import dev.backforge.architecture.control.ArchitectureLimits;
import dev.backforge.architecture.control.ArchitectureReader;
import dev.backforge.architecture.control.Dialect;
import dev.backforge.architecture.control.Dialects;
import dev.backforge.architecture.entity.Architecture;
import dev.backforge.architecture.entity.Stack;
import dev.backforge.stacks.python.PythonFastApiStack;
import dev.backforge.stacks.spi.TargetStack;
import java.util.List;
import java.util.Optional;

/** The registry of target stacks, keyed by the artifact's {@code stack}. Adding a stack is adding it here. */
public final class TargetStacks implements Dialects {

    public static final TargetStacks STANDARD = new TargetStacks(List.of(new PythonFastApiStack()));

    private final List<TargetStack> stacks;

    public TargetStacks(List<TargetStack> stacks) {
        this.stacks = List.copyOf(stacks);
    }

    public Optional<TargetStack> find(Stack stack) {
        return stacks.stream().filter(s -> s.supports(stack)).findFirst();
    }

    /** The stack of an artifact the reader accepted (which it only does for a supported stack). */
    public TargetStack of(Architecture architecture) {
        return find(architecture.stack()).orElseThrow(() -> new IllegalStateException("no target stack for "
                + architecture.stack()));
    }

    @Override
    public Optional<Dialect> of(Stack stack) {
        return find(stack).map(TargetStack::dialect);
    }

    public ArchitectureReader reader() {
        return new ArchitectureReader(this);
    }

    public ArchitectureReader reader(ArchitectureLimits limits) {
        return new ArchitectureReader(limits, this);
    }
}
