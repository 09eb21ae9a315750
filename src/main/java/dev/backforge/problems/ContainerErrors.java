package dev.backforge.problems;

import dev.backforge.kernel.Problem;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The error page of the whole application (web.xml): errors the servlet container raises itself, before or beside
 * JAX-RS (a viewer refused by a security constraint, a path the container normalised away, an unknown static file,
 * an uncaught exception), answered with a problem document like every other error, without the container's HTML or
 * any trace.
 */
@WebServlet(urlPatterns = "/error-document")
public class ContainerErrors extends HttpServlet {

    private static final Map<Integer, String> DETAILS = Map.of(
            400, "the request could not be read",
            401, "sign in first: HTTP Basic, or the console's login page",
            403, "your role does not allow this",
            404, "there is nothing at this address",
            405, "this address does not take that method",
            415, "this address does not take that content type");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer i && i >= 400 && i < 600 ? i : 404;
        String title = title(status);
        String detail = DETAILS.getOrDefault(status, status >= 500 ? "an unexpected error happened" : title);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Problem problem = Problem.of(status, title, detail).at(uri == null ? null : uri.toString());
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(ProblemResponses.json(problem).getBytes(StandardCharsets.UTF_8));
    }

    private static String title(int status) {
        jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        return known == null ? (status >= 500 ? "Server Error" : "Client Error") : known.getReasonPhrase();
    }
}
