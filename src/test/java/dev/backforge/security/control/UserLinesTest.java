package dev.backforge.security.control;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserLinesTest {

    @TempDir
    Path dir;

    @Test
    void addingWritesAPrivateFileAndReplacesTheUsersLine() throws Exception {
        Path file = dir.resolve("conf/users");
        UserLines.add(file, "alice", "viewer", "H1");
        UserLines.add(file, "bob", "operator", "H2");
        UserLines.add(file, "alice", "operator", "H3");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        var users = UserLines.parse(Files.readAllLines(file));
        assertEquals(new UserLines.User("alice", "operator", "H3"), users.get("alice"));
        assertEquals(2, users.size());
        assertTrue(UserLines.looseness(file).isEmpty());
        try (var left = Files.list(file.getParent())) {
            assertEquals(List.of(file), left.toList(), "no temporary file is left");
        }
    }

    @Test
    void aFileOthersCanReadIsNoticed() throws Exception {
        Path file = dir.resolve("users");
        Files.writeString(file, "alice:viewer:H\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        assertEquals("[GROUP_READ, OTHERS_READ]", UserLines.looseness(file).orElseThrow().toString());
    }

    @Test
    void linesThatAreNotUsersAreSkippedAndBadInputRefused() throws Exception {
        var users = UserLines.parse(List.of("# comment", "", "carol:admin:H", "dave", "erin:viewer:P:1:s:h"));
        assertEquals(List.of("erin"), List.copyOf(users.keySet()));
        assertEquals("P:1:s:h", users.get("erin").hash(), "a hash keeps its own colons");
        assertThrows(IllegalArgumentException.class, () -> UserLines.add(dir.resolve("u"), "a:b", "viewer", "H"));
        assertThrows(IllegalArgumentException.class, () -> UserLines.add(dir.resolve("u"), "ann", "root", "H"));
    }
}
