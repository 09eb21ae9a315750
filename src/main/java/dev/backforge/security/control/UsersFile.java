package dev.backforge.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The users and their password hashes, from a file only the server's user may read (mode 0600): one line per user,
 * {@code name:role:hash}, written by {@code backforge-cli.jar user add}. Hashes never travel on a command line,
 * where every local user could read them. A file others can read is refused (nobody can sign in, the log says why
 * and the readiness check is down); edits are picked up without a restart.
 */
@ApplicationScoped
public class UsersFile {

    private static final Logger LOG = Logger.getLogger(UsersFile.class.getName());

    @Inject
    @ConfigProperty(name = "backforge.security.users-file")
    String location;

    private volatile String readAt;
    private volatile Map<String, UserLines.User> users = Map.of();
    private volatile String problem = "not read yet";

    public Optional<UserLines.User> user(String name) {
        refresh();
        return Optional.ofNullable(users.get(name));
    }

    /** Why nobody can sign in, or empty when the file is usable. */
    public synchronized Optional<String> problem() {
        refresh();
        return Optional.ofNullable(problem);
    }

    private synchronized void refresh() {
        Path file = Path.of(location);
        try {
            // a chmod changes no modification time, so the permissions are part of what says "changed"
            String state = Files.getLastModifiedTime(file) + " " + permissions(file);
            if (state.equals(readAt)) {
                return;
            }
            readAt = state;
            Optional<Set<PosixFilePermission>> open = UserLines.looseness(file);
            if (open.isPresent()) {
                fail("the users file may be read by others (" + open.get() + "); make it private: chmod 600");
                return;
            }
            users = UserLines.parse(Files.readAllLines(file));
            problem = users.isEmpty() ? "the users file names no user; add one with backforge-cli.jar user add" : null;
        } catch (NoSuchFileException e) {
            readAt = null;
            fail("there is no users file at the configured backforge.security.users-file; create it with "
                    + "backforge-cli.jar user add");
        } catch (IOException e) {
            readAt = null;
            fail("the users file cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static String permissions(Path file) throws IOException {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
        } catch (UnsupportedOperationException e) {
            return "";
        }
    }

    private void fail(String why) {
        if (!why.equals(problem)) {
            LOG.severe(() -> "nobody can sign in: " + why);
        }
        users = Map.of();
        problem = why;
    }

}
