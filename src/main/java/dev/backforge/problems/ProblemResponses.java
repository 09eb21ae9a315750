package dev.backforge.problems;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.backforge.kernel.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** Turns a problem into a response with the problem+json media type. */
public final class ProblemResponses {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();

    private ProblemResponses() {
    }

    /** The problem with the request's path as its instance. */
    public static Response of(Problem problem, UriInfo request) {
        return of(problem.at(request == null ? null : request.getRequestUri().getRawPath()));
    }

    public static Response of(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(json(problem)).build();
    }

    /** The problem document, for the places outside JAX-RS that answer with one. */
    public static String json(Problem problem) {
        try {
            return MAPPER.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem record always serializes", e);
        }
    }
}
