package dev.backforge.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * A child JVM for durability tests: commits one row per transaction into a database and prints the number of each
 * row once its commit has returned, until it is killed.
 */
public final class CommitLoop {

    private CommitLoop() {
    }

    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], args[1], args[2])) {
            c.createStatement().execute("create table if not exists commits(n int primary key, pad varchar(2000))");
            int first;
            try (var r = c.createStatement().executeQuery("select coalesce(max(n), 0) + 1 from commits")) {
                r.next();
                first = r.getInt(1);
            }
            c.setAutoCommit(false);
            String pad = "x".repeat(1500);
            try (PreparedStatement insert = c.prepareStatement("insert into commits values (?, ?)")) {
                for (int n = first;; n++) {
                    insert.setInt(1, n);
                    insert.setString(2, pad);
                    insert.executeUpdate();
                    c.commit();
                    System.out.println(n);
                    System.out.flush();
                }
            }
        }
    }
}
