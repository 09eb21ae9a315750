package dev.backforge.problems;

import dev.backforge.kernel.Problem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** JAX-RS's own errors (unknown path, wrong method, unsupported media type) as problem documents too. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        Problem problem = Problem.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
        Response response = ProblemResponses.of(problem, uriInfo);
        // keep what the original said about the retry or the allowed methods
        Response.ResponseBuilder copy = Response.fromResponse(response);
        e.getResponse().getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type")) {
                values.forEach(v -> copy.header(name, v));
            }
        });
        return copy.build();
    }
}
