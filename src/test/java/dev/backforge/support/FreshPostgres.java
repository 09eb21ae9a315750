package dev.backforge.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** An empty database of its own on the test PostgreSQL, for a test that talks to the store without a server. */
public final class FreshPostgres {

    private FreshPostgres() {
    }

    /** A new database named {@code prefix} and a random suffix. */
    public static DataSource database(String prefix) throws Exception {
        String user = System.getProperty("backforge.db.user", "postgres");
        String password = System.getProperty("backforge.db.password", "postgres");
        String name = prefix + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(MicroServer.postgresUrl(System.getProperty("backforge.db.name",
                "test")), user, password); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(MicroServer.postgresUrl(name));
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }
}
