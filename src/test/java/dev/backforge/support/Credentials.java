package dev.backforge.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
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

    /** Hashes of the two passwords (never the passwords), as {@code backforge-cli.jar user add} writes them. */
    static final List<String> USERS = List.of(
            "operator:operator:PBKDF2WithHmacSHA256:120000:324Sgv5uXRLs3QuTWdnJwiIVyh6VKN58nESh53rEs1o=:+CwDGq1H5afWQzquazuvWNVSwd/CBVqN9ijgGaMZnF4=",
            "viewer:viewer:PBKDF2WithHmacSHA256:120000:ZYY+ZHPacKZZtHabCtqt+sT387WjtBHMKn0uLKjjJbA=:0VXPsYffkNkm4wPcLg4VZZd1d6HbOrxQKYHH6+g8SSg=");

    /** The users file of a server whose workspace this is (its default place), private to its owner. */
    public static synchronized Path writeUsersFile(Path workspace) {
        try {
            Files.createDirectories(workspace);
            Path file = workspace.resolve("users");
            Files.write(file, USERS);
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
