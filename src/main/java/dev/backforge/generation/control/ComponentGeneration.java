package dev.backforge.generation.control;

import dev.backforge.architecture.entity.Component;
import dev.backforge.artifacts.entity.ComponentOutcome;
import dev.backforge.generation.entity.GeneratedFile;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.verification.control.PythonVerifier;
import dev.backforge.verification.entity.Finding;
import java.util.List;

/** Generates one component and verifies the result: the unit of work of every run, with or without a server. */
public final class ComponentGeneration {

    private final CodeGenerator generator;
    private final PythonVerifier verifier = new PythonVerifier();

    public ComponentGeneration(CodeGenerator generator) {
        this.generator = generator;
    }

    public CodeGenerator generator() {
        return generator;
    }

    public ComponentOutcome run(GenerationContext context, PlannedComponent planned) throws GenerationException {
        long started = System.nanoTime();
        GeneratedFile file = generator.generate(context, planned);
        if (!file.path().equals(planned.component().filePath())) {
            throw new GenerationException(planned.id() + ": the generator wrote " + file.path()
                    + " instead of the component's own file_path " + planned.component().filePath());
        }
        List<Finding> findings = verify(context, planned.component(), file.content());
        return new ComponentOutcome(planned.component(), file, findings, (System.nanoTime() - started) / 1_000_000);
    }

    public List<Finding> verify(GenerationContext context, Component component, String content) {
        return verifier.verify(component, content, injectables(context, component));
    }

    private static List<Component> injectables(GenerationContext context, Component c) {
        return context.dependencies(c).stream().filter(d -> d.kind().isInjectable()).toList();
    }
}
