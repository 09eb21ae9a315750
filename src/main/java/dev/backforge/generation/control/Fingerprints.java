package dev.backforge.generation.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.architecture.entity.Component;
import dev.backforge.architecture.entity.Symbol;
import dev.backforge.kernel.Hashes;
import dev.backforge.kernel.Json;
import dev.backforge.planning.entity.PlannedComponent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a component's file depends on, as one hash per component: its own specification, the conventions and the
 * research patterns it receives, the generator that writes it (name, version, options), and the interfaces of the
 * components it uses (their declared dependencies and the owners of every type it names), that is their
 * signatures, models and exceptions without descriptions or bodies. Equal fingerprints give equal files, so a
 * component whose fingerprint has not changed since the last run need not be generated again; a changed
 * description regenerates that component only, a changed interface also the components that use it.
 */
public final class Fingerprints {

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> PROSE = Set.of("description", "implementation_notes", "summary", "docstring");

    private Fingerprints() {
    }

    /** Component id to fingerprint, for every planned component; {@code generator} names generator and options. */
    public static Map<String, String> of(GenerationContext context, String generator) {
        Map<String, String> interfaces = new TreeMap<>();
        Map<String, JsonNode> specs = new LinkedHashMap<>();
        for (PlannedComponent p : context.plan().components()) {
            JsonNode spec = Json.ARTIFACT.valueToTree(p.component());
            specs.put(p.id(), spec);
            interfaces.put(p.id(), Hashes.sha256(withoutProse(spec.deepCopy()).toString()));
        }
        String conventions = Hashes.sha256(context.conventions() == null ? "" : context.conventions());
        Map<String, String> out = new LinkedHashMap<>();
        for (PlannedComponent p : context.plan().components()) {
            Component c = p.component();
            JsonNode spec = specs.get(p.id());
            JsonNode research = Json.ARTIFACT.valueToTree(context.researchFor(c));
            StringBuilder input = new StringBuilder(generator).append('\n').append(spec).append('\n')
                    .append(conventions).append('\n').append(research).append('\n');
            for (String used : used(context, c, spec.toString())) {
                input.append(used).append('=').append(interfaces.getOrDefault(used, "")).append('\n');
            }
            out.put(p.id(), Hashes.sha256(input.toString()));
        }
        return out;
    }

    /** The components whose interface this one sees: declared dependencies and the owners of the names it uses. */
    private static Set<String> used(GenerationContext context, Component c, String spec) {
        Set<String> used = new TreeSet<>();
        context.dependencies(c).forEach(d -> used.add(d.id()));
        Matcher m = WORD.matcher(spec);
        while (m.find()) {
            context.symbols().find(m.group()).map(Symbol::owner).filter(o -> !o.id().equals(c.id()))
                    .ifPresent(o -> used.add(o.id()));
        }
        return used;
    }

    private static JsonNode withoutProse(JsonNode node) {
        if (node instanceof ObjectNode o) {
            o.remove(PROSE);
            o.forEach(Fingerprints::withoutProse);
        } else if (node.isArray()) {
            node.forEach(Fingerprints::withoutProse);
        }
        return node;
    }
}
