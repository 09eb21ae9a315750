package dev.backforge.problems;

import dev.backforge.kernel.Problem;

/** Ends a request with a problem document. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
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
