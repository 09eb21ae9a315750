package dev.backforge.security.control;

import dev.backforge.kernel.Problem;
import dev.backforge.problems.ProblemResponses;
import dev.backforge.security.entity.SignedIn;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.OptionalLong;

/**
 * Who calls. API clients send HTTP Basic on every request and get no session. The console signs in once through the
 * session endpoint, which alone opens a session (a fresh one, replacing any other). Unauthenticated calls to
 * protected resources get 401 with a problem document; console pages redirect to the login page instead. Repeated
 * wrong passwords are slowed down by {@link LoginThrottle}.
 */
@ApplicationScoped
public class BackforgeAuthentication implements HttpAuthenticationMechanism {

    /** Request attribute set when an attempt was refused for being too soon: the seconds to wait. */
    public static final String THROTTLED = "dev.backforge.throttled-seconds";

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    LoginThrottle throttle;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential signIn) {
            return signIn(signIn, request, context);
        }
        String header = request.getHeader("Authorization");
        if (header != null) {
            UsernamePasswordCredential basic = basic(header);
            if (basic == null) {
                return context.isProtected()
                        ? refuse(request, response, context, 401, "the Authorization header is not HTTP Basic", 0)
                        : context.doNothing();
            }
            OptionalLong wait = throttle.wait(basic.getCaller(), request.getRemoteAddr(), Instant.now());
            if (wait.isPresent()) {
                return refuse(request, response, context, 429, "too many wrong passwords; try again later",
                        wait.getAsLong());
            }
            CredentialValidationResult result = check(basic, request);
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            return refuse(request, response, context, 401, "the user name or password is wrong", 0);
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SignedIn.ATTRIBUTE) instanceof SignedIn who) {
            return context.notifyContainerAboutLogin(who.user(), who.roles());
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        return refuse(request, response, context, 401, "sign in first: HTTP Basic, or the console's login page", 0);
    }

    /** The console's sign-in: the answer is the session resource's to write, so nothing is written here. */
    private AuthenticationStatus signIn(UsernamePasswordCredential credential, HttpServletRequest request,
                                        HttpMessageContext context) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            // whoever was signed in on this browser is signed out, whatever the outcome
            old.invalidate();
        }
        OptionalLong wait = throttle.wait(credential.getCaller(), request.getRemoteAddr(), Instant.now());
        if (wait.isPresent()) {
            request.setAttribute(THROTTLED, wait.getAsLong());
            return AuthenticationStatus.SEND_FAILURE;
        }
        CredentialValidationResult result = check(credential, request);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true).setAttribute(SignedIn.ATTRIBUTE,
                new SignedIn(result.getCallerPrincipal().getName(), result.getCallerGroups()));
        return context.notifyContainerAboutLogin(result);
    }

    private CredentialValidationResult check(UsernamePasswordCredential credential, HttpServletRequest request) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            throttle.succeeded(credential.getCaller(), request.getRemoteAddr());
        } else {
            throttle.failed(credential.getCaller(), request.getRemoteAddr(), Instant.now());
        }
        return result;
    }

    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
                                               HttpMessageContext context, int status, String detail,
                                               long retryAfter) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        try {
            if (status == 401 && path.startsWith("/console")) {
                response.sendRedirect(request.getContextPath() + "/login.html");
                return AuthenticationStatus.SEND_CONTINUE;
            }
            response.setStatus(status);
            if (status == 401) {
                response.setHeader("WWW-Authenticate", "Basic realm=\"Backforge\", charset=\"UTF-8\"");
            } else {
                response.setHeader("Retry-After", Long.toString(retryAfter));
            }
            response.setContentType(Problem.MEDIA_TYPE);
            String title = status == 401 ? "Unauthorized" : "Too Many Requests";
            response.getOutputStream().write(ProblemResponses.json(Problem.of(status, title, detail)
                    .at(request.getRequestURI())).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            return context.responseUnauthorized();
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static UsernamePasswordCredential basic(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
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
