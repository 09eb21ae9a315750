package dev.backforge.stacks.python.prompts;

import dev.backforge.architecture.entity.Component;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.llm.control.PromptProfile;
import dev.backforge.stacks.python.generator.TemplateGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Prompts for Python 3.11 with FastAPI, Pydantic v2 and SQLAlchemy 2.0; the instructions are a resource. */
public final class PythonPrompts implements PromptProfile {

    private static final String SYSTEM = resource("/prompts/python-fastapi/system.txt");

    @Override
    public String system() {
        return SYSTEM;
    }

    @Override
    public String language() {
        return "python";
    }

    @Override
    public String sketch(GenerationContext context, Component component) {
        return PythonInterfaceSketch.of(context, component);
    }

    @Override
    public List<String> constructorParameters(GenerationContext context, Component component) {
        return TemplateGenerator.constructorParameters(context, component);
    }

    private static String resource(String path) {
        try (InputStream in = PythonPrompts.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
