package dev.backforge.output.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.architecture.entity.ComponentType;
import dev.backforge.kernel.Hashes;
import dev.backforge.kernel.Json;
import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.output.entity.Stub;
import dev.backforge.output.entity.TokenUsage;
import dev.backforge.verification.entity.Finding;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The manifest in seed 000's shape ({@code generated_files}, {@code api_files}, {@code metadata} with
 * {@code total_files}, {@code total_lines}, {@code components_implemented}, {@code tokens_used}), plus a sha256 per
 * file, the generator, stubbed methods, verification findings and timings. Equal inputs give equal bytes, apart
 * from {@code metadata.timings}.
 */
public final class ManifestWriter {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectWriter WRITER = Json.OUTPUT.writer(new DefaultPrettyPrinter(
            Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    /**
     * What the manifest describes: the components' files, and the project's ({@code project}, files no component
     * owns: build files, infrastructure, migrations, tests).
     */
    public record Input(String architectureId, String workflowId, String generator, String generatorVersion,
                        List<ComponentOutcome> outcomes, List<ComponentOutcome> project, Map<String, Long> timings) {
    }

    private ManifestWriter() {
    }

    public static ObjectNode build(Input in) {
        ObjectNode manifest = F.objectNode();
        ArrayNode generated = manifest.putArray("generated_files");
        ArrayNode api = manifest.putArray("api_files");
        long lines = 0;
        TokenUsage tokens = TokenUsage.NONE;
        ArrayNode implemented = F.arrayNode();
        ArrayNode withStubs = F.arrayNode();
        ArrayNode stubs = F.arrayNode();
        ArrayNode findings = F.arrayNode();
        long errors = 0;
        long warnings = 0;
        long methodsImplemented = 0;
        for (ComponentOutcome o : in.outcomes()) {
            boolean isApi = o.component().kind() == ComponentType.API;
            ObjectNode entry = (isApi ? api : generated).addObject();
            entry.put("path", o.file().path());
            entry.put("component_id", o.file().componentId());
            entry.put("content", o.file().content());
            entry.put("description", o.file().description());
            entry.put("line_count", o.file().lineCount());
            ArrayNode used = entry.putArray("dependencies_used");
            o.file().dependenciesUsed().forEach(used::add);
            entry.put("sha256", Hashes.sha256(o.file().content()));
            ArrayNode done = entry.putArray("implemented_methods");
            o.file().implemented().forEach(done::add);
            ArrayNode stubbed = entry.putArray("stubbed_methods");
            o.file().stubs().forEach(s -> stubbed.add(s.qualifiedName()));
            lines += o.file().lineCount();
            tokens = tokens.plus(o.file().tokens());
            methodsImplemented += o.file().implemented().size();
            (o.file().stubs().isEmpty() ? implemented : withStubs).add(o.component().id());
            for (Stub s : o.file().stubs()) {
                stubs.addObject().put("component_id", s.componentId()).put("path", o.file().path())
                        .put("name", s.qualifiedName()).put("reason", s.reason());
            }
            for (Finding f : o.findings()) {
                findings.add(finding(f));
                if (f.isError()) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        ArrayNode projectFiles = manifest.putArray("project_files");
        for (ComponentOutcome o : in.project()) {
            ObjectNode entry = projectFiles.addObject();
            entry.put("path", o.file().path());
            entry.put("content", o.file().content());
            entry.put("description", o.file().description());
            entry.put("line_count", o.file().lineCount());
            entry.put("sha256", Hashes.sha256(o.file().content()));
            lines += o.file().lineCount();
            for (Finding f : o.findings()) {
                findings.add(finding(f));
                if (f.isError()) {
                    errors++;
                } else {
                    warnings++;
                }
            }
        }
        ObjectNode metadata = manifest.putObject("metadata");
        metadata.put("total_files", in.outcomes().size() + in.project().size());
        metadata.put("total_lines", lines);
        metadata.set("components_implemented", implemented);
        metadata.put("tokens_used", tokens.total());
        metadata.put("prompt_tokens", tokens.prompt());
        metadata.put("completion_tokens", tokens.completion());
        metadata.put("architecture_id", in.architectureId());
        metadata.put("workflow_id", in.workflowId());
        metadata.putObject("generator").put("name", in.generator()).put("version", in.generatorVersion());
        metadata.set("components_with_stubs", withStubs);
        metadata.put("methods_implemented", methodsImplemented);
        metadata.set("stubbed_methods", stubs);
        metadata.putObject("verification").put("errors", errors).put("warnings", warnings).set("findings", findings);
        ObjectNode timings = metadata.putObject("timings");
        in.timings().forEach(timings::put);
        return manifest;
    }

    public static ObjectNode finding(Finding f) {
        return F.objectNode().put("file", f.file()).put("line", f.line()).put("rule", f.rule())
                .put("severity", f.severity().name().toLowerCase(Locale.ROOT)).put("message", f.message());
    }

    public static String render(JsonNode manifest) {
        try {
            return WRITER.writeValueAsString(manifest) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serializes", e);
        }
    }
}
