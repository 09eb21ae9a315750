package dev.backforge.runs.control;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The batch runtime makes its job repository without an index on the columns it looks rows up by: every chunk reads
 * and then rewrites its checkpoint by id, so without one each checkpoint scans every checkpoint row of every run
 * before it, and a component's cost grows with the store's age. At boot, before any run starts, the missing ones are
 * made (on PostgreSQL the status tables and the foreign keys lack them too). Unquoted names work on H2 (upper case)
 * and PostgreSQL (lower case) alike.
 */
@ApplicationScoped
public class JobRepositoryIndexes {

    private static final Logger LOG = Logger.getLogger(JobRepositoryIndexes.class.getName());

    /** A column the runtime finds rows by, and the name of the index made for it. */
    public record Lookup(String table, String column, String index) {
    }

    public static final List<Lookup> LOOKUPS = List.of(
            new Lookup("JBATCHCHECKPOINTDATA", "ID", "BF_JBATCH_CHECKPOINT_ID"),
            new Lookup("JBATCHJOBSTATUS", "ID", "BF_JBATCH_JOBSTATUS_ID"),
            new Lookup("JBATCHSTEPSTATUS", "ID", "BF_JBATCH_STEPSTATUS_ID"),
            new Lookup("JBATCHEXECUTIONINSTANCEDATA", "JOBINSTANCEID", "BF_JBATCH_EXECUTION_INSTANCE"),
            new Lookup("JBATCHSTEPEXECUTIONINSTANCEDATA", "JOBEXECID", "BF_JBATCH_STEP_EXECUTION"));

    @Resource(lookup = "jdbc/backforge")
    DataSource dataSource;

    /** After the store's migrations, before this instance joins the cluster and may start or take over runs. */
    void boot(@Observes @Priority(Interceptor.Priority.APPLICATION
            - 100) @Initialized(ApplicationScoped.class) Object started) {
        try {
            // the runtime makes its tables the first time it is asked anything: a fresh store gets them now
            BatchRuntime.getJobOperator().getJobNames();
            int made = ensure(dataSource);
            if (made > 0) {
                LOG.info(() -> "job repository: " + made + " missing indexes made");
            }
        } catch (RuntimeException e) {
            // runs still work without them, only slower as the repository grows
            LOG.log(Level.WARNING, "could not index the job repository", e);
        }
    }

    /** Makes the indexes missing on the tables that exist; the number made. */
    public static int ensure(DataSource dataSource) {
        int made = 0;
        try (Connection c = dataSource.getConnection()) {
            for (Lookup lookup : missing(c)) {
                made += create(c, lookup) ? 1 : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the job repository's indexes", e);
        }
        return made;
    }

    /** The lookups of the tables that exist that no index serves. */
    public static List<Lookup> missing(Connection c) throws SQLException {
        List<Lookup> missing = new ArrayList<>();
        for (Lookup lookup : LOOKUPS) {
            Optional<String> table = table(c.getMetaData(), lookup.table());
            if (table.isPresent() && !indexed(c.getMetaData(), table.get(), lookup.column())) {
                missing.add(lookup);
            }
        }
        return missing;
    }

    private static boolean create(Connection c, Lookup lookup) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create index " + lookup.index() + " on " + lookup.table() + " (" + lookup.column() + ")");
            if (!c.getAutoCommit()) {
                c.commit();
            }
            return true;
        } catch (SQLException e) {
            // instances booting together on one store: another one made it first
            if (!c.getAutoCommit()) {
                c.rollback();
            }
            if (indexed(c.getMetaData(), table(c.getMetaData(), lookup.table()).orElseThrow(), lookup.column())) {
                return false;
            }
            throw e;
        }
    }

    /** The table's name as the database spells it, when it exists. */
    static Optional<String> table(DatabaseMetaData meta, String name) throws SQLException {
        for (String spelled : new String[] {name, name.toLowerCase(Locale.ROOT)}) {
            try (ResultSet rs = meta.getTables(null, null, spelled, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return Optional.of(spelled);
                }
            }
        }
        return Optional.empty();
    }

    /** Whether an index (a primary key's too) starts with the column. */
    private static boolean indexed(DatabaseMetaData meta, String table, String column) throws SQLException {
        try (ResultSet rs = meta.getIndexInfo(null, null, table, false, true)) {
            while (rs.next()) {
                String name = rs.getString("COLUMN_NAME");
                if (rs.getShort("ORDINAL_POSITION") == 1 && name != null && name.equalsIgnoreCase(column)) {
                    return true;
                }
            }
        }
        return false;
    }
}
