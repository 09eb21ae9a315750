package dev.backforge.runs.control;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.backforge.architecture.entity.Architecture;
import dev.backforge.generation.control.GenerationContext;
import dev.backforge.generation.control.ResearchPattern;
import dev.backforge.kernel.Json;
import dev.backforge.pipeline.control.Pipeline;
import dev.backforge.runs.entity.ArchitectureRevision;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A revision as the steps need it: its architecture (the parse step's output) and its generation context (the
 * plan step's), each made once and kept for the few revisions being generated, since a chunk step asks once per
 * component. After a restart they are made again from the stored revision; planning is deterministic, so plan
 * positions mean the same thing.
 */
@ApplicationScoped
public class RunContexts {

    private static final int KEPT = 8;

    @Inject
    RunStore store;

    @Inject
    Pipeline pipeline;

    private final Map<Long, Architecture> architectures = cache();
    private final Map<Long, GenerationContext> contexts = cache();

    private static <T> Map<Long, T> cache() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, T> eldest) {
                return size() > KEPT;
            }
        };
    }

    public Architecture architecture(long revisionId) {
        return kept(architectures, revisionId, id -> pipeline.parse().validated(
                store.revision(id).content().getBytes(StandardCharsets.UTF_8)));
    }

    /** The architecture of a revision as its launch validated it from the very bytes stored. */
    public void known(long revisionId, Architecture architecture) {
        synchronized (architectures) {
            architectures.putIfAbsent(revisionId, architecture);
        }
    }

    public GenerationContext of(long revisionId) {
        return kept(contexts, revisionId, id -> {
            ArchitectureRevision revision = store.revision(id);
            return pipeline.plan().plan(architecture(id), revision.conventions(),
                    research(revision.research(), "revision " + id));
        });
    }

    /** The context of an artifact sent with a request and not stored (a dry run), read as a stored one would be. */
    public GenerationContext of(RunLauncher.Validated v) {
        JsonNode research = v.request().research();
        return pipeline.plan().plan(v.architecture(), v.request().conventions(),
                research(research == null ? null : research.toString(), "the request"));
    }

    private static <T> T kept(Map<Long, T> cache, long id, Function<Long, T> make) {
        synchronized (cache) {
            T known = cache.get(id);
            if (known != null) {
                return known;
            }
        }
        T made = make.apply(id);
        synchronized (cache) {
            cache.put(id, made);
        }
        return made;
    }

    private static List<ResearchPattern> research(String json, String owner) {
        try {
            return json == null ? List.of() : Json.ARTIFACT.readValue(json, new TypeReference<List<ResearchPattern>>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException(owner + " has unreadable research", e);
        }
    }
}
