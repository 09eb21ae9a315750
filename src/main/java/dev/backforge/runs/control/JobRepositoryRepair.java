package dev.backforge.runs.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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
                    + "'FAILED', EXITSTATUS = 'FAILED', ENDTIME = ? where JOBEXECID = ? and BATCHSTATUS in " + RUNNING)) {
                s.setTimestamp(1, now);
                s.setLong(2, executionId);
                s.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not repair execution " + executionId + " in the job repository", e);
        }
    }
}
