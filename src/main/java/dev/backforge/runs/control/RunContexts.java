package dev.backforge.runs.control;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.backforge.architecture.control.ArchitectureReader;
import dev.backforge.architecture.control.InvalidArchitectureException;
import dev.backforge.architecture.control.Json;
import dev.backforge.architecture.control.Symbols;
import dev.backforge.architecture.entity.Architecture;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.ResearchPattern;
import dev.backforge.planning.control.Planner;
import dev.backforge.runs.entity.ArchitectureRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generation context of a revision (validated architecture, names, plan), built once and kept for the few
 * revisions being generated: a chunk step asks for it once per component. After a restart it is rebuilt from the
 * stored revision; the plan is deterministic, so positions mean the same thing.
 */
@ApplicationScoped
public class RunContexts {

    private static final int KEPT = 8;

    @Inject
    RunStore store;

    private final Map<Long, GenerationContext> contexts = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, GenerationContext> eldest) {
            return size() > KEPT;
        }
    };

    public synchronized GenerationContext of(Long revisionId) {
        GenerationContext known = contexts.get(revisionId);
        if (known != null) {
            return known;
        }
        GenerationContext context = build(store.revision(revisionId));
        contexts.put(revisionId, context);
        return context;
    }

    private static GenerationContext build(ArchitectureRevision revision) {
        try {
            Architecture architecture = new ArchitectureReader()
                    .read(revision.content().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            List<ResearchPattern> research = revision.research() == null ? List.of()
                    : Json.ARTIFACT.readValue(revision.research(), new TypeReference<List<ResearchPattern>>() { });
            return new GenerationContext(architecture, new Symbols(architecture), new Planner().plan(architecture),
                    revision.conventions(), research);
        } catch (InvalidArchitectureException | java.io.IOException e) {
            throw new IllegalStateException("revision " + revision.id() + " was valid when stored: " + e.getMessage(), e);
        }
    }
}
