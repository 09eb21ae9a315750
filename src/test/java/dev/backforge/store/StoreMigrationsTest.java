package dev.backforge.store;

import dev.backforge.cluster.entity.Instance;
import dev.backforge.llmclient.entity.CachedAnswer;
import dev.backforge.llmclient.entity.RateGrant;
import dev.backforge.llmclient.entity.RateKey;
import dev.backforge.runs.entity.ArchitectureRevision;
import dev.backforge.runs.entity.ComponentResult;
import dev.backforge.runs.entity.GenerationAttempt;
import dev.backforge.runs.entity.Run;
import dev.backforge.runs.entity.RunExecution;
import dev.backforge.runs.entity.RunReport;
import dev.backforge.runs.entity.Workflow;
import dev.backforge.schedules.entity.Schedule;
import dev.backforge.support.FreshPostgres;
import jakarta.persistence.Column;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The migrations make the store on an empty H2 file database and an empty PostgreSQL database, are applied once,
 * and take over a store an earlier release's ORM made (tables, no history) without touching its rows.
 */
class StoreMigrationsTest {

    @TempDir
    Path dir;

    DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve("db/backforge") + ";WRITE_DELAY=0");
        ds.setUser("backforge");
        ds.setPassword("backforge");
        return ds;
    }

    @Test
    void anEmptyH2StoreIsMadeOnce() throws Exception {
        DataSource ds = h2();
        assertTrue(StoreMigrations.migrate(ds) >= 1);
        assertEquals(0, StoreMigrations.migrate(ds), "nothing is applied twice");
        assertUsable(ds);
    }

    @Test
    void anEmptyPostgresStoreIsMadeOnce() throws Exception {
        DataSource ds = FreshPostgres.database("bf_migrations_");
        assertTrue(StoreMigrations.migrate(ds) >= 1);
        assertEquals(0, StoreMigrations.migrate(ds));
        assertUsable(ds);
    }

    /** Every persistent field of every entity has its column in the migrated store (the ORM makes no tables). */
    @Test
    void everyMappedFieldHasItsColumn() throws Exception {
        DataSource ds = h2();
        StoreMigrations.migrate(ds);
        List<String> missing = new ArrayList<>();
        for (Class<?> entity : List.of(Run.class, ComponentResult.class, GenerationAttempt.class,
                ArchitectureRevision.class, Workflow.class, RunExecution.class, Schedule.class, CachedAnswer.class,
                Instance.class, RateKey.class, RateGrant.class, RunReport.class)) {
            String table = entity.getAnnotation(Table.class).name();
            Set<String> columns = new HashSet<>();
            try (Connection c = ds.getConnection();
                    ResultSet rs = c.getMetaData().getColumns(null, null,
                            table.toUpperCase(Locale.ROOT), null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            for (Field f : entity.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(Transient.class)) {
                    continue;
                }
                Column column = f.getAnnotation(Column.class);
                String name = column != null && !column.name().isEmpty() ? column.name() : f.getName();
                if (!columns.contains(name.toLowerCase(Locale.ROOT))) {
                    missing.add(table + "." + name);
                }
            }
        }
        assertEquals(List.of(), missing, "fields without a column in the migrations");
    }

    @Test
    void aStoreTheOrmMadeIsTakenOverWithItsRows() throws Exception {
        DataSource ds = h2();
        String v1 = new String(StoreMigrationsTest.class.getResourceAsStream("/db/migration/V1__store.sql")
                .readAllBytes(), StandardCharsets.UTF_8);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String statement : v1.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    s.execute(statement);
                }
            }
            s.execute("insert into bf_workflow (id, createdat) values ('kept', current_timestamp)");
        }
        StoreMigrations.migrate(ds);
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from bf_workflow where id = 'kept'")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
        assertUsable(ds);
    }

    @Test
    void aRunsReportsMoveToTheirOwnRowOnH2() throws Exception {
        reportsMove(h2());
    }

    @Test
    void aRunsReportsMoveToTheirOwnRowOnPostgres() throws Exception {
        reportsMove(FreshPostgres.database("bf_migrations_"));
    }

    /** The setting survives the database's close (it is the store's, not a connection's); PostgreSQL is left be. */
    @Test
    void anH2StoreKeepsSmallLobsInline() throws Exception {
        DataSource ds = h2();
        StoreMigrations.migrate(ds);
        StoreMigrations.keepSmallLobsInline(ds);
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select setting_value from information_schema.settings "
                        + "where setting_name = 'MAX_LENGTH_INPLACE_LOB'")) {
            assertTrue(rs.next());
            assertEquals(String.valueOf(StoreMigrations.INLINE_LOB_BYTES), rs.getString(1));
        }
        DataSource postgres = FreshPostgres.database("bf_migrations_");
        StoreMigrations.migrate(postgres);
        StoreMigrations.keepSmallLobsInline(postgres);
        assertUsable(postgres);
    }

    /** A version-4 store kept a run's reports in its row; version 5 moves them, and runs without any get no row. */
    private static void reportsMove(DataSource ds) throws Exception {
        Flyway.configure(StoreMigrations.class.getClassLoader()).dataSource(ds).table(StoreMigrations.HISTORY)
                .locations("classpath:db/migration").target("4").load().migrate();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("insert into bf_run (id, architectureid, createdat, generator, revisionid, status, "
                    + "verificationpolicy, workflowid, changes, publish_report) values ('r1', 'a', current_timestamp, "
                    + "'template', 1, 'COMPLETED', 'fail', 'w', '{\"new\":2}', '{\"conflicts\":[]}')");
            s.execute("insert into bf_run (id, architectureid, createdat, generator, revisionid, status, "
                    + "verificationpolicy, workflowid) values ('r2', 'a', current_timestamp, 'template', 1, "
                    + "'QUEUED', 'fail', 'w')");
        }
        assertEquals(1, StoreMigrations.migrate(ds));
        try (Connection c = ds.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select run_id, changes, publish_report from bf_run_report")) {
            assertTrue(rs.next());
            assertEquals("r1", rs.getString(1));
            assertEquals("{\"new\":2}", rs.getString(2));
            assertEquals("{\"conflicts\":[]}", rs.getString(3));
            assertFalse(rs.next(), "a run without reports has no row");
        }
        assertUsable(ds);
    }

    /** What the entities need: the sequences and tables answer. */
    static void assertUsable(DataSource ds) throws Exception {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            for (String table : new String[] {"bf_workflow", "bf_revision", "bf_run", "bf_run_execution",
                    "bf_component_result", "bf_generation_attempt", "bf_llm_answer", "bf_schedule", "bf_run_report"}) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    assertTrue(rs.next(), table);
                }
            }
            try (ResultSet rs = s.executeQuery(c.getMetaData().getDatabaseProductName().contains("H2")
                    ? "select next value for bf_attempt_seq" : "select nextval('bf_attempt_seq')")) {
                assertTrue(rs.next());
            }
        }
    }
}
