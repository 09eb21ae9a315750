package dev.backforge.stacks.spi;

import dev.backforge.architecture.control.Dialect;
import dev.backforge.architecture.entity.Stack;
import dev.backforge.generation.control.CodeGenerator;
import dev.backforge.generation.control.ProjectGenerator;
import dev.backforge.generation.llm.control.PromptProfile;
import dev.backforge.verification.control.Verifier;

/**
 * One target stack (a language with its frameworks): everything that differs from one to the next. The registry
 * chooses one by the artifact's {@code stack}; the rest of Backforge is the same for all.
 */
public interface TargetStack {

    /** The stack's key, {@code language-framework}. */
    String key();

    boolean supports(Stack stack);

    /** How the input contract reads this stack's signatures, types and file names. */
    Dialect dialect();

    /** The deterministic, offline generator. */
    CodeGenerator templates();

    /** The project around the components: build files, migrations, infrastructure, tests. */
    ProjectGenerator project();

    /** The checks every generated file of the stack must pass, whoever wrote it. */
    Verifier verifier();

    /** What prompts to a language model say for this stack. */
    PromptProfile prompts();
}
