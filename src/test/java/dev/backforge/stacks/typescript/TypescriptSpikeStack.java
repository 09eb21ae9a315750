package dev.backforge.stacks.typescript;

import dev.backforge.architecture.control.Dialect;
import dev.backforge.architecture.entity.Signature;
import dev.backforge.architecture.entity.Stack;
import dev.backforge.generation.control.CodeGenerator;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.ProjectGenerator;
import dev.backforge.generation.llm.control.PromptProfile;
import dev.backforge.output.entity.GeneratedFile;
import dev.backforge.stacks.spi.TargetStack;
import dev.backforge.verification.control.Verifier;
import dev.backforge.verification.entity.Finding;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A spike, not a product: TypeScript with Express behind the target-stack seam, for one component type (exceptions),
 * to measure what a second stack costs. docs/target-stacks.md reports its size.
 */
public final class TypescriptSpikeStack implements TargetStack {

    @Override
    public String key() {
        return "typescript-express";
    }

    @Override
    public boolean supports(Stack stack) {
        return stack.language().equals("typescript") && stack.framework().equals("express");
    }

    @Override
    public Dialect dialect() {
        return new Dialect() {
            @Override
            public String fileExtension() {
                return ".ts";
            }

            @Override
            public boolean isModuleName(String segment) {
                return segment.matches("[A-Za-z_$][A-Za-z0-9_$.-]*");
            }

            @Override
            public Signature signature(String line) throws InvalidSignatureException {
                throw new InvalidSignatureException("the TypeScript spike reads no method signatures yet");
            }

            @Override
            public Optional<Set<String>> typeNames(String expression) {
                return Optional.of(Set.of(expression.replaceAll("[^A-Za-z0-9_]", "")));
            }

            @Override
            public boolean isStandardType(String name) {
                return Set.of("string", "number", "boolean", "Date").contains(name);
            }

            @Override
            public boolean isBuiltinException(String name) {
                return Set.of("Error", "TypeError", "RangeError").contains(name);
            }
        };
    }

    @Override
    public CodeGenerator templates() {
        return new TypescriptExceptions();
    }

    @Override
    public ProjectGenerator project() {
        return (GenerationContext context, List<GeneratedFile> components) -> List.of();
    }

    @Override
    public Verifier verifier() {
        return (component, content, injectable) -> component.exceptions().stream()
                .filter(e -> !content.contains("export class " + e.name() + " extends "))
                .map(e -> new Finding(component.filePath(), 1, "class-missing", Finding.Severity.ERROR,
                        "class " + e.name() + " is not exported"))
                .toList();
    }

    @Override
    public PromptProfile prompts() {
        return new PromptProfile() {
            @Override
            public String system() {
                return "You write TypeScript modules for an Express service from component specifications.";
            }

            @Override
            public String language() {
                return "typescript";
            }

            @Override
            public String sketch(GenerationContext context, dev.backforge.architecture.entity.Component c) {
                return "// module " + c.filePath() + "\n";
            }

            @Override
            public List<String> constructorParameters(GenerationContext context,
                                                      dev.backforge.architecture.entity.Component c) {
                return List.of();
            }
        };
    }
}
