package dev.backforge.stacks.python;

import dev.backforge.architecture.control.Dialect;
import dev.backforge.architecture.entity.Stack;
import dev.backforge.generation.control.CodeGenerator;
import dev.backforge.generation.control.ProjectGenerator;
import dev.backforge.generation.llm.control.PromptProfile;
import dev.backforge.stacks.python.contract.PythonDialect;
import dev.backforge.stacks.python.generator.TemplateGenerator;
import dev.backforge.stacks.python.project.PythonProject;
import dev.backforge.stacks.python.prompts.PythonPrompts;
import dev.backforge.stacks.python.verification.PythonVerifier;
import dev.backforge.stacks.spi.TargetStack;
import dev.backforge.verification.control.Verifier;

/** Python 3.11 with FastAPI, Pydantic v2 and SQLAlchemy 2.0 (async). */
public final class PythonFastApiStack implements TargetStack {

    private final Dialect dialect = new PythonDialect();
    private final CodeGenerator templates = new TemplateGenerator();
    private final Verifier verifier = new PythonVerifier();
    private final ProjectGenerator project = new PythonProject();
    private final PromptProfile prompts = new PythonPrompts();

    @Override
    public String key() {
        return "python-fastapi";
    }

    @Override
    public boolean supports(Stack stack) {
        return stack.language().equals("python") && stack.framework().equals("fastapi")
                && stack.validation().equals("pydantic-v2") && stack.orm().equals("sqlalchemy-2");
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public CodeGenerator templates() {
        return templates;
    }

    @Override
    public ProjectGenerator project() {
        return project;
    }

    @Override
    public Verifier verifier() {
        return verifier;
    }

    @Override
    public PromptProfile prompts() {
        return prompts;
    }
}
