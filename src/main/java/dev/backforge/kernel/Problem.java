package dev.backforge.kernel;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * An RFC 9457 problem document. {@code errors} lists every violation with its rule and the JSON Pointer into the
 * request body, so a client can point at the offending field; {@code invalidParams} names an offending query
 * parameter the way the RFC's own example does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<RuleViolation> errors, List<InvalidParam> invalidParams) {

    /** A query or path parameter that was refused, and why. */
    public record InvalidParam(String name, String reason) {
    }

    public Problem(String type, String title, int status, String detail, String instance,
            List<RuleViolation> errors) {
        this(type, title, status, detail, instance, errors, null);
    }

    public static Problem badParameter(String name, String reason) {
        return new Problem("https://backforge.dev/problems/invalid-parameter", "Bad Request", 400, reason, null, null,
                List.of(new InvalidParam(name, reason)));
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, null);
    }

    /** A request with violations; the detail is the violation's message when there is one, else their count. */
    public static Problem invalid(int status, String title, List<RuleViolation> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message() : errors.size() + " problems; see errors";
        return new Problem("https://backforge.dev/problems/invalid-request", title, status, detail, null, errors);
    }

    public Problem at(String instance) {
        return new Problem(type, title, status, detail, instance, errors, invalidParams);
    }
}
