package dev.backforge.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Empties the PostgreSQL test database of Backforge's tables before the PostgreSQL pass of the integration tests,
 * so that every pass starts from the schema the current entities create (run by the build, pre-integration-test).
 */
public final class ResetPostgres {

    private ResetPostgres() {
    }

    public static void main(String[] args) throws Exception {
        String url = "jdbc:postgresql://" + args[0] + ":" + args[1] + "/" + args[2];
        try (Connection c = DriverManager.getConnection(url, args[3], args[4]); Statement s = c.createStatement()) {
            List<String> drops = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select tablename from pg_tables where schemaname = 'public' and "
                    + "(tablename like 'bf\\_%' or tablename like 'jbatch%' or tablename = 'sequence')")) {
                while (rs.next()) {
                    drops.add("drop table if exists \"" + rs.getString(1) + "\" cascade");
                }
            }
            try (ResultSet rs = s.executeQuery("select sequencename from pg_sequences where schemaname = 'public' "
                    + "and sequencename like 'bf\\_%'")) {
                while (rs.next()) {
                    drops.add("drop sequence if exists \"" + rs.getString(1) + "\"");
                }
            }
            for (String drop : drops) {
                s.execute(drop);
            }
            System.out.println("reset " + drops.size() + " tables and sequences of " + url);
        }
    }
}
