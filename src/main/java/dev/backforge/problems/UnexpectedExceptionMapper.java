package dev.backforge.problems;

import dev.backforge.kernel.Problem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: a 500 problem that says nothing about the internals, with an id to find the logged cause by.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "incident " + incident, e);
        return ProblemResponses.of(Problem.of(500, "Internal Server Error",
                "an unexpected error happened; incident " + incident + " is in the server log"));
    }
}
