package dev.backforge.runs.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Corrects what a killed server leaves in the job repository: its execution and steps still say STARTED, and the
 * batch runtime then refuses both restart and abandon. Marking them FAILED makes the execution restartable from its
 * last checkpoint. Unquoted names work on H2 (upper case) and PostgreSQL (lower case) alike.
 */
@ApplicationScoped
public class JobRepositoryRepair {

    private static final String RUNNING = "('STARTING', 'STARTED', 'STOPPING')";

    @Resource(lookup = "jdbc/backforge")
    DataSource dataSource;

    /** Executions of the job that the repository calls running and that were created before {@code before}. */
    public List<Long> leftRunning(String job, Instant before) {
        List<Long> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            if (JobRepositoryIndexes.table(c.getMetaData(), "JBATCHEXECUTIONINSTANCEDATA").isEmpty()) {
                // a fresh store: the batch runtime makes its tables with the first job, so nothing was left running
                return ids;
            }
            ids.addAll(query(c, job, before));
        } catch (SQLException e) {
            throw new IllegalStateException("could not read the job repository", e);
        }
        return ids;
    }

    private static List<Long> query(Connection c, String job, Instant before) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("select e.JOBEXECID from JBATCHEXECUTIONINSTANCEDATA e join "
                + "JBATCHJOBINSTANCEDATA i on i.JOBINSTANCEID = e.JOBINSTANCEID where i.NAME = ? and "
                + "e.BATCHSTATUS in " + RUNNING + " and e.CREATETIME < ? order by e.JOBEXECID")) {
            s.setString(1, job);
            s.setTimestamp(2, Timestamp.from(before));
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
        }
        return ids;
    }

    public void markFailed(long executionId) {
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("update JBATCHEXECUTIONINSTANCEDATA set BATCHSTATUS = "
                    + "'FAILED', EXITSTATUS = 'FAILED', ENDTIME = ?, UPDATETIME = ? where JOBEXECID = ? and "
                    + "BATCHSTATUS in " + RUNNING)) {
                s.setTimestamp(1, now);
                s.setTimestamp(2, now);
                s.setLong(3, executionId);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("update JBATCHSTEPEXECUTIONINSTANCEDATA set BATCHSTATUS = "
                    + "'FAILED', EXITSTATUS = 'FAILED', ENDTIME = ? where JOBEXECID = ? and BATCHSTATUS in "
                    + RUNNING)) {
                s.setTimestamp(1, now);
                s.setLong(2, executionId);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not repair execution " + executionId + " in the job repository", e);
        }
    }
}
