package dev.backforge.problems;

import dev.backforge.kernel.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.Charset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses paths the API would otherwise read differently from what the client sent. JAX-RS treats {@code ;} in a
 * segment as the start of matrix parameters and drops the rest, so {@code workflows/a;b} would file a run under
 * {@code a}; the API has no matrix parameters, so a {@code ;} (plain or encoded) or a control character is a 400.
 * A charset nobody knows in Content-Type or Accept is a 415 or a 406 here, not an exception while reading or writing.
 */
@Provider
@PreMatching
public class RequestGuard implements ContainerRequestFilter {

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";,\\s]*)\"?");

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
        } else if (!knownCharsets(request.getHeaderString("Content-Type"))) {
            // the body could not be decoded: JAX-RS would fail deep inside with an unchecked exception
            refuse(request, 415, "Unsupported Media Type", "the Content-Type names a charset this server does not "
                    + "know; send UTF-8");
        } else if (!knownCharsets(request.getHeaderString("Accept"))) {
            refuse(request, 406, "Not Acceptable", "the Accept header names a charset this server does not know; "
                    + "answers are UTF-8");
        }
    }

    /** Every charset parameter in the header names a charset this JVM has (true when there is none). */
    static boolean knownCharsets(String header) {
        if (header == null) {
            return true;
        }
        Matcher m = CHARSET.matcher(header);
        while (m.find()) {
            try {
                if (!Charset.isSupported(m.group(1))) {
                    return false;
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return true;
    }

    private void refuse(ContainerRequestContext request, String detail) {
        refuse(request, 400, "Bad Request", detail);
    }

    private void refuse(ContainerRequestContext request, int status, String title, String detail) {
        request.abortWith(ProblemResponses.of(Problem.of(status, title, detail), uriInfo));
    }
}
