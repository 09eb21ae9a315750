package dev.backforge.security.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The users file's format, {@code name:role:hash} per line, read and written without a server (the command line
 * adds users with it).
 */
public final class UserLines {

    private static final Logger LOG = Logger.getLogger(UserLines.class.getName());
    public static final Set<String> ROLES = Set.of("operator", "viewer");
    static final Set<PosixFilePermission> PRIVATE = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE);

    /** A user as the file gives it. */
    public record User(String name, String role, String hash) {
    }

    private UserLines() {
    }

    /** The permissions beyond the owner's, when the file system has POSIX permissions and there are any. */
    static Optional<Set<PosixFilePermission>> looseness(Path file) throws IOException {
        try {
            Set<PosixFilePermission> extra = EnumSet.noneOf(PosixFilePermission.class);
            extra.addAll(Files.getPosixFilePermissions(file));
            extra.removeAll(PRIVATE);
            extra.remove(PosixFilePermission.OWNER_EXECUTE);
            return extra.isEmpty() ? Optional.empty() : Optional.of(extra);
        } catch (UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    static Map<String, User> parse(Iterable<String> lines) {
        Map<String, User> users = new HashMap<>();
        for (String line : lines) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split(":", 3);
            if (parts.length != 3 || !ROLES.contains(parts[1])) {
                // the line's text is not logged: a hash is in it
                LOG.warning(() -> "a line of the users file is not name:role:hash with role operator or viewer");
                continue;
            }
            users.put(parts[0], new User(parts[0], parts[1], parts[2]));
        }
        return Map.copyOf(users);
    }

    /**
     * Adds a user to the file, or replaces the user's line, keeping the others; the file is rewritten private
     * (owner read and write) in one rename.
     */
    public static void add(Path file, String name, String role, String hash) throws IOException {
        if (!name.matches("[A-Za-z0-9._@-]{1,100}")) {
            throw new IllegalArgumentException("a user name is 1 to 100 letters, digits, '.', '_', '@' or '-'");
        }
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("the role is operator or viewer, not " + role);
        }
        List<String> lines = new ArrayList<>();
        if (Files.exists(file)) {
            for (String line : Files.readAllLines(file)) {
                if (!line.startsWith(name + ":")) {
                    lines.add(line);
                }
            }
        } else {
            lines.add("# Backforge users: name:role:PBKDF2 hash; keep this file private (chmod 600)");
        }
        lines.add(name + ":" + role + ":" + hash);
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + file.getFileName() + ".tmp-" + UUID.randomUUID());
        try {
            Files.createFile(temp, PosixFilePermissions.asFileAttribute(PRIVATE));
        } catch (UnsupportedOperationException e) {
            Files.createFile(temp);
        }
        try {
            Files.write(temp, lines);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
