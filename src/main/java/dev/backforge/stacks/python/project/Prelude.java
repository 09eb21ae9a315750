package dev.backforge.stacks.python.project;

import dev.backforge.stacks.python.project.ApiCalls.Maker;
import dev.backforge.stacks.python.project.ApiCalls.Request;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a test that make the rows its call needs, each into a variable named after its kind. A row made under
 * another ({@code POST /orders/{order_id}/parcels}) brings its parent with it: that parent is read from the child's
 * key rather than made again, so a path that names both ({@code /orders/{order_id}/parcels/{parcel_id}}) names a
 * parent and a child that belong together.
 */
final class Prelude {

    private static final Pattern PARAM = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)\\}");

    private Prelude() {
    }

    static String of(ApiCalls plan, Request r, String indent, String qualifier) {
        Map<String, String> derived = new LinkedHashMap<>();
        for (String child : r.needs()) {
            Maker maker = plan.makers().get(child);
            Matcher m = PARAM.matcher(maker.call().path());
            while (m.find()) {
                String param = m.group(1);
                String parent = param.replaceAll("_id$", "");
                Maker parentMaker = plan.makers().get(parent);
                if (!parent.equals(child) && r.needs().contains(parent) && !derived.containsKey(parent)
                        && parentMaker != null && carries(plan, maker, param)) {
                    derived.put(parent, "{\"" + parentMaker.idKey() + "\": " + child + "[\"" + param + "\"]}");
                }
            }
        }
        StringBuilder s = new StringBuilder();
        for (String kind : r.needs()) {
            if (!derived.containsKey(kind)) {
                s.append(indent).append(kind).append(" = ").append(qualifier).append("create_").append(kind)
                        .append("(client, headers)\n");
            }
        }
        derived.forEach((kind, value) -> s.append(indent).append(kind).append(" = ").append(value).append('\n'));
        return s.toString();
    }

    /** Whether the row the maker answers with has the field, so a test can take the parent's key from it. */
    static boolean carries(ApiCalls plan, Maker maker, String field) {
        String model = maker.call().spec().responseModel();
        return model != null && plan.context().symbols().find(model.replace(" ", ""))
                .filter(x -> x.model() != null).flatMap(x -> x.model().field(field)).isPresent();
    }
}
