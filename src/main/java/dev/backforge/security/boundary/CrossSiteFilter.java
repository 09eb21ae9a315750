package dev.backforge.security.boundary;

import dev.backforge.kernel.Problem;
import dev.backforge.problems.ProblemResponses;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
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
        if (origin != null && !origin.equals("null")) {
            URI o = URI.create(origin);
            String host = request.getHeaderString("Host");
            String originHost = o.getHost() + (o.getPort() > 0 ? ":" + o.getPort() : "");
            if (host == null || !host.equalsIgnoreCase(originHost)) {
                refuse(request, "Origin " + origin);
            }
        } else if ("null".equals(origin)) {
            refuse(request, "an opaque Origin");
        }
    }

    private static void refuse(ContainerRequestContext request, String why) {
        request.abortWith(ProblemResponses.of(Problem.of(403, "Forbidden",
                "a state-changing request from another site is refused (" + why + ")")));
    }
}
