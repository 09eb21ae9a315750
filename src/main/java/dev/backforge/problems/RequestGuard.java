package dev.backforge.problems;

import dev.backforge.kernel.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses paths the API would otherwise read differently from what the client sent. JAX-RS treats {@code ;} in a
 * segment as the start of matrix parameters and drops the rest, so {@code workflows/a;b} would file a run under
 * {@code a}; the API has no matrix parameters, so a {@code ;} (plain or encoded) or a control character is a 400.
 */
@Provider
@PreMatching
public class RequestGuard implements ContainerRequestFilter {

    @Context
    UriInfo uriInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        String raw = request.getUriInfo().getRequestUri().getRawPath();
        String lower = raw == null ? "" : raw.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains(";") || lower.contains("%3b")) {
            refuse(request, "';' is not allowed in a path: the API has no matrix parameters");
        } else if (lower.matches(".*%(0[0-9a-f]|1[0-9a-f]|7f).*")) {
            refuse(request, "control characters are not allowed in a path");
        }
    }

    private void refuse(ContainerRequestContext request, String detail) {
        request.abortWith(ProblemResponses.of(Problem.of(400, "Bad Request", detail), uriInfo));
    }
}
