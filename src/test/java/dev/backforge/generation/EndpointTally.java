package dev.backforge.generation;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.backforge.support.OpenApiProbe;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What the endpoint calls came to: working, stubbed (501), and what failed, with why. */
final class EndpointTally {

    private static final ObjectMapper JSON = new ObjectMapper();

    int working;
    int stubbed;
    int absent;
    int notFound;
    final List<String> failures = new ArrayList<>();

    void count(OpenApiProbe.Operation op, int wanted, OpenApiProbe.Answer a) {
        if (a.status() == wanted && wanted == 501) {
            stubbed++;
            if (!a.contentType().startsWith("application/problem+json")) {
                failures.add(op.method() + " " + op.path() + ": a 501 that is not a problem document");
            }
        } else if (a.status() == wanted && a.unmade()) {
            absent++;
        } else if (a.status() == wanted) {
            working++;
        } else {
            failures.add(op.method() + " " + op.path() + ": wanted " + wanted + ", got " + a.status() + " "
                    + a.body());
        }
    }

    void expect(OpenApiProbe.Operation op, String what, int wanted, OpenApiProbe.Answer a) {
        if (a.status() != wanted) {
            failures.add(op.method() + " " + op.path() + " with " + what + ": wanted " + wanted + ", got "
                    + a.status() + " " + a.body());
        }
    }

    /**
     * A read of a row that is not there: 404 in the API's error format, its code naming the domain error the
     * service declares for it (a router that turns the error into an HTTPException must not lose it).
     */
    void expectNotFound(OpenApiProbe.Operation op, Set<String> codes, OpenApiProbe.Answer a) {
        String code = "";
        try {
            code = JSON.readTree(a.body()).path("error").path("code").asText("");
        } catch (IOException e) {
            // not JSON: reported below with the body
        }
        if (a.status() != 404 || code.isEmpty() || !codes.isEmpty() && !codes.contains(code)) {
            failures.add(op.method() + " " + op.path() + " for a row that is not there: wanted 404 with code "
                    + (codes.isEmpty() ? "(any)" : codes) + ", got " + a.status() + " " + a.body());
        } else {
            notFound++;
        }
    }

    String summary() {
        return working + " answer as declared, " + stubbed + " stubs answer 501, " + absent
                + " answer 404 for a row no create could make, " + notFound + " reads of a missing row answer 404 "
                + "with its error's code, " + failures.size() + " failing";
    }
}
