package dev.backforge.security.boundary;

import dev.backforge.kernel.Problem;
import dev.backforge.problems.ProblemResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;

/**
 * Cross-site request forgery defence for state-changing calls: a browser says where a request comes from
 * (Sec-Fetch-Site, Origin); one that comes from another site is refused, since the browser would attach the
 * console's session or cached Basic credentials to it. Clients that are not browsers send neither header.
 */
@Provider
@PreMatching
public class CrossSiteFilter implements ContainerRequestFilter {

    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod())) {
            return;
        }
        String site = request.getHeaderString("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            refuse(request, "Sec-Fetch-Site: " + site);
            return;
        }
        String origin = request.getHeaderString("Origin");
        if (origin == null) {
            return;
        }
        String host = request.getHeaderString("Host");
        String originHost = hostOf(origin);
        if (originHost == null || host == null || !host.equalsIgnoreCase(originHost)) {
            // the header's text is not echoed: it is the sender's, and may be anything
            refuse(request, originHost == null ? "an opaque or malformed Origin" : "another Origin");
        }
    }

    /** host[:port] of a serialized origin, or null when it is "null" or not one. */
    static String hostOf(String origin) {
        try {
            URI o = new URI(origin);
            if (o.getHost() == null || o.getScheme() == null) {
                return null;
            }
            return o.getHost() + (o.getPort() > 0 ? ":" + o.getPort() : "");
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static void refuse(ContainerRequestContext request, String why) {
        request.abortWith(ProblemResponses.of(Problem.of(403, "Forbidden",
                "a state-changing request from another site is refused (" + why + ")")));
    }
}
