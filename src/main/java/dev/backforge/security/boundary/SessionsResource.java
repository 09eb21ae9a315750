package dev.backforge.security.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.backforge.http.JsonBodies;
import dev.backforge.kernel.Problem;
import dev.backforge.problems.ProblemException;
import dev.backforge.security.control.BackforgeAuthentication;
import dev.backforge.security.control.UserLines;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Map;

/** The console's session: sign in (opens a session), who am I, sign out. */
@Path("v1/session")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    @Inject
    SecurityContext security;

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public String signIn(String body) {
        JsonNode credentials;
        try {
            credentials = JsonBodies.MAPPER.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            throw ProblemException.badRequest("the body must be JSON: {\"username\": ..., \"password\": ...}");
        }
        String user = credentials.path("username").asText("");
        String password = credentials.path("password").asText("");
        AuthenticationStatus status = security.authenticate(request, response, AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(user, password)).newAuthentication(true));
        if (request.getAttribute(BackforgeAuthentication.THROTTLED) instanceof Long wait) {
            throw new ProblemException(Problem.of(429, "Too Many Requests", "too many wrong passwords; try again in "
                    + wait + " s"), Map.of("Retry-After", wait.toString()));
        }
        if (status != AuthenticationStatus.SUCCESS) {
            // no WWW-Authenticate: the console shows this itself, a browser's own password prompt would not help
            throw new ProblemException(Problem.of(401, "Unauthorized", "the user name or password is wrong"));
        }
        return whoAmI();
    }

    @GET
    public String whoAmI() {
        if (security.getCallerPrincipal() == null) {
            throw new ProblemException(Problem.of(401, "Unauthorized", "not signed in"));
        }
        ObjectNode n = JsonBodies.MAPPER.createObjectNode();
        n.put("user", security.getCallerPrincipal().getName());
        var roles = n.putArray("roles");
        UserLines.ROLES.stream().sorted().filter(security::isCallerInRole).forEach(roles::add);
        return JsonBodies.write(n);
    }

    @DELETE
    public Response signOut() throws ServletException {
        request.logout();
        if (request.getSession(false) != null) {
            request.getSession(false).invalidate();
        }
        return Response.noContent().build();
    }
}
