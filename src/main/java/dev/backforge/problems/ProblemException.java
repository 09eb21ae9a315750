package dev.backforge.problems;

import dev.backforge.kernel.Problem;
import java.util.Map;

/** Ends a request with a problem document, and the headers that go with it (Retry-After, say). */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(Problem problem) {
        this(problem, Map.of());
    }

    public ProblemException(Problem problem, Map<String, String> headers) {
        super(problem.detail());
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(Problem.of(404, "Not Found", detail));
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(new Problem("https://backforge.dev/problems/action-not-allowed", "Conflict",
                409, detail, null, null));
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(Problem.of(400, "Bad Request", detail));
    }
}
