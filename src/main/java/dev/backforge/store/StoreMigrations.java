package dev.backforge.store;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * The store's schema comes from versioned migrations ({@code db/migration/V*.sql}, Flyway), applied when the
 * application starts and before anything else touches the store, so an upgrade changes a store step by step and
 * a deploy never guesses at tables. A store made by an earlier release (its tables created by the ORM, no migration
 * history) is taken over as version 1.
 */
@ApplicationScoped
public class StoreMigrations {

    private static final Logger LOG = Logger.getLogger(StoreMigrations.class.getName());
    static final String HISTORY = "bf_schema_history";
    static final int INLINE_LOB_BYTES = 4096;

    @Resource(lookup = "jdbc/backforge")
    DataSource dataSource;

    void migrate(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) @Initialized(ApplicationScoped.class) Object started) {
        migrate(dataSource);
        keepSmallLobsInline(dataSource);
    }

    /**
     * On H2: binary and text values up to 4 KB stay in their row. The batch runtime keeps each step's status and
     * checkpoint as a BLOB of a few hundred bytes, rewritten with every chunk; above H2's default of 256 bytes each
     * went to its LOB maps, whose pages were rewritten at every commit too. A persistent database setting, set at
     * each start so a store made elsewhere gets it; PostgreSQL has no such setting and needs none.
     */
    public static void keepSmallLobsInline(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            if (c.getMetaData().getDatabaseProductName().contains("H2")) {
                try (var s = c.createStatement()) {
                    s.execute("SET MAX_LENGTH_INPLACE_LOB " + INLINE_LOB_BYTES);
                }
            }
        } catch (SQLException e) {
            // slower commits, not wrong ones
            LOG.warning(() -> "the store keeps small LOBs apart: " + e.getMessage());
        }
    }

    /** Applies the pending migrations; the number applied. */
    public static int migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure(StoreMigrations.class.getClassLoader()).dataSource(dataSource)
                .table(HISTORY).locations("classpath:db/migration").load();
        if (madeByTheOrm(dataSource)) {
            LOG.info("the store was made before versioned migrations; it is taken over as version 1");
            flyway.baseline();
        }
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info(() -> "store migrated to version " + result.targetSchemaVersion + " ("
                    + result.migrationsExecuted + " migrations)");
        }
        return result.migrationsExecuted;
    }

    /** Our tables exist but no migration history does (the batch runtime's own tables do not count). */
    private static boolean madeByTheOrm(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return exists(c, "bf_run") && !exists(c, HISTORY);
        } catch (SQLException e) {
            throw new IllegalStateException("the store cannot be reached to migrate it", e);
        }
    }

    private static boolean exists(Connection c, String table) throws SQLException {
        for (String name : new String[] {table, table.toUpperCase(java.util.Locale.ROOT)}) {
            try (ResultSet rs = c.getMetaData().getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
