package dev.backforge.support;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Looks for a string anywhere in the store: the H2 database's files byte by byte, or every PostgreSQL table. */
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
        String url = "jdbc:postgresql://" + System.getProperty("backforge.db.host", "127.0.0.1") + ":"
                + System.getProperty("backforge.db.port", "5432") + "/" + System.getProperty("backforge.db.name", "test");
        try (Connection c = DriverManager.getConnection(url, System.getProperty("backforge.db.user", "postgres"),
                System.getProperty("backforge.db.password", "postgres"))) {
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

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
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
