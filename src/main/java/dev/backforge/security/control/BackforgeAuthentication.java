package dev.backforge.security.control;

import dev.backforge.kernel.Problem;
import dev.backforge.problems.ProblemResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.AutoApplySession;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Who calls: HTTP Basic for API clients, or the session a console login opened (the login itself comes through
 * {@code SecurityContext.authenticate} from the session resource). Unauthenticated calls to protected resources get
 * 401 with a problem document; console pages redirect to the login page instead.
 */
@AutoApplySession
@ApplicationScoped
public class BackforgeAuthentication implements HttpAuthenticationMechanism {

    @Inject
    IdentityStoreHandler identityStores;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential == null) {
            credential = basic(request.getHeader("Authorization"));
        }
        if (credential != null) {
            CredentialValidationResult result = identityStores.validate(credential);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return unauthorized(request, response, context, "the user name or password is wrong");
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return unauthorized(request, response, context, "sign in first: HTTP Basic, or the console's login page");
    }

    private static AuthenticationStatus unauthorized(HttpServletRequest request, HttpServletResponse response,
                                                     HttpMessageContext context, String detail) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (path.startsWith("/console")) {
                response.sendRedirect(request.getContextPath() + "/login.html");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            response.setStatus(401);
            response.setHeader("WWW-Authenticate", "Basic realm=\"Backforge\", charset=\"UTF-8\"");
            response.setContentType(Problem.MEDIA_TYPE);
            response.getOutputStream().write(ProblemResponses.json(Problem.of(401, "Unauthorized", detail))
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Credential basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new UsernamePasswordCredential(decoded.substring(0, colon),
                    decoded.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
