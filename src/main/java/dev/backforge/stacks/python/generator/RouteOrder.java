package dev.backforge.stacks.python.generator;

import dev.backforge.architecture.entity.EndpointSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The order a router declares its endpoints in. Starlette takes the first route whose path matches, and a path
 * parameter matches any segment, so {@code GET /orders/{order_id}} declared before {@code GET /orders/count} would
 * answer the second one's requests (422: "count" is not an id). Each endpoint keeps the artifact's order, except
 * that it moves up just before the first earlier endpoint that would take its requests.
 */
final class RouteOrder {

    private RouteOrder() {
    }

    static List<EndpointSpec> of(List<EndpointSpec> declared) {
        List<EndpointSpec> out = new ArrayList<>();
        for (EndpointSpec e : declared) {
            int at = out.size();
            for (int i = 0; i < out.size(); i++) {
                if (takes(out.get(i), e)) {
                    at = i;
                    break;
                }
            }
            out.add(at, e);
        }
        return out;
    }

    /** Whether {@code general}, declared first, would match every request meant for {@code specific}. */
    static boolean takes(EndpointSpec general, EndpointSpec specific) {
        if (!general.httpMethod().equalsIgnoreCase(specific.httpMethod())) {
            return false; // a path that matches with another method is only a partial match: routing goes on
        }
        String[] g = segments(general.path());
        String[] s = segments(specific.path());
        if (g.length != s.length) {
            return false;
        }
        boolean wider = false;
        for (int i = 0; i < g.length; i++) {
            if (parameter(g[i]) && !parameter(s[i])) {
                wider = true;
            } else if (!g[i].equals(s[i]) && !parameter(g[i])) {
                return false;
            }
        }
        return wider;
    }

    private static String[] segments(String path) {
        String p = path == null ? "" : path;
        return p.replaceAll("/+$", "").split("/", -1);
    }

    /** A whole segment that is one parameter; {@code {rest:path}} spans segments and is left where it is. */
    private static boolean parameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}") && segment.indexOf('{', 1) < 0
                && !segment.contains(":path");
    }
}
