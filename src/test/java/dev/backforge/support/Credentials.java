package dev.backforge.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** The test users: an operator and a viewer, configured on every server the tests start. */
public final class Credentials {

    public static final String OPERATOR = "operator";
    public static final String OPERATOR_PASSWORD = "operator-secret";
    public static final String VIEWER = "viewer";
    public static final String VIEWER_PASSWORD = "viewer-secret";

    private Credentials() {
    }

    /** System properties that configure both users, with hashes of their passwords (never the passwords). */
    public static List<String> serverProperties() {
        return List.of("backforge.security.users=operator:operator,viewer:viewer",
                "backforge.security.password-hash.operator=PBKDF2WithHmacSHA256:120000:324Sgv5uXRLs3QuTWdnJwiIVyh6VKN58nESh53rEs1o=:+CwDGq1H5afWQzquazuvWNVSwd/CBVqN9ijgGaMZnF4=",
                "backforge.security.password-hash.viewer=PBKDF2WithHmacSHA256:120000:ZYY+ZHPacKZZtHabCtqt+sT387WjtBHMKn0uLKjjJbA=:0VXPsYffkNkm4wPcLg4VZZd1d6HbOrxQKYHH6+g8SSg=");
    }

    public static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static String operator() {
        return basic(OPERATOR, OPERATOR_PASSWORD);
    }

    public static String viewer() {
        return basic(VIEWER, VIEWER_PASSWORD);
    }
}
