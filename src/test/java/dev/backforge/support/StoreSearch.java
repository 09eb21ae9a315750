package dev.backforge.support;

import dev.backforge.runs.control.JobRepositoryIndexes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The store seen from outside the server: a string searched anywhere (the H2 database's files byte by byte, or every
 * PostgreSQL table), and the job repository's executions.
 */
public final class StoreSearch {

    private StoreSearch() {
    }

    public static boolean contains(String store, Path workspace, String needle) throws Exception {
        if (store.equals("h2")) {
            byte[] wanted = needle.getBytes(StandardCharsets.UTF_8);
            try (Stream<Path> files = Files.walk(workspace.resolve("db"))) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    if (indexOf(Files.readAllBytes(f), wanted) >= 0) {
                        return true;
                    }
                }
            }
            return false;
        }
        try (Connection c = connect(store, workspace)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (Statement s = c.createStatement();
                        ResultSet rs = s.executeQuery("select cast(t as text) from \"" + table + "\" t "
                                + "where strpos(cast(t as text), '" + needle.replace("'", "''") + "') > 0")) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The job repository's lookups that no index serves (table.column); the server must have stopped on H2. */
    public static List<String> unindexedLookups(MicroServer server) throws Exception {
        try (Connection c = server.connectToStore()) {
            return JobRepositoryIndexes.missing(c).stream().map(l -> l.table() + "." + l.column()).toList();
        }
    }

    /** Job executions created since {@code since} that the job repository still calls running (id: status). */
    public static List<String> executionsLeftRunning(MicroServer server, Timestamp since)
            throws Exception {
        List<String> left = new ArrayList<>();
        try (Connection c = server.connectToStore();
                PreparedStatement s = c.prepareStatement("select JOBEXECID, BATCHSTATUS from "
                        + "JBATCHEXECUTIONINSTANCEDATA where CREATETIME >= ? and BATCHSTATUS in "
                        + "('STARTING', 'STARTED', 'STOPPING') order by JOBEXECID")) {
            s.setTimestamp(1, since);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    left.add(rs.getLong(1) + ": " + rs.getString(2));
                }
            }
        }
        return left;
    }

    /** The store as the server saw it; for H2 only once the server has stopped (it holds the file). */
    public static Connection connect(String store, Path workspace) throws SQLException {
        if (store.equals("h2")) {
            return DriverManager.getConnection("jdbc:h2:file:" + workspace.toAbsolutePath().resolve("db/backforge"),
                    "backforge", "backforge");
        }
        return DriverManager.getConnection(postgresUrl(), System.getProperty("backforge.db.user", "postgres"),
                System.getProperty("backforge.db.password", "postgres"));
    }

    private static String postgresUrl() {
        return "jdbc:postgresql://" + System.getProperty("backforge.db.host", "127.0.0.1") + ":"
                + System.getProperty("backforge.db.port", "5432") + "/"
                + System.getProperty("backforge.db.name", "test");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer : for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
