package dev.backforge.runs.control;

import dev.backforge.runs.entity.RunReport;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** A run's reports, kept apart from its row (see {@link RunReport}). */
@Stateless
public class RunReports {

    @PersistenceContext(unitName = "backforge")
    EntityManager em;

    /** What changed since the workflow's run before, as the run was planned. */
    public void changes(String runId, String json) {
        reportFor(runId).changes(json);
    }

    /** What publishing did to the workflow's tree. */
    public void publishReport(String runId, String json) {
        reportFor(runId).publishReport(json);
    }

    /** The run's reports; empty ones for a run that has none yet. */
    public RunReport of(String runId) {
        return Optional.ofNullable(em.find(RunReport.class, runId)).orElseGet(() -> new RunReport(runId));
    }

    private RunReport reportFor(String runId) {
        RunReport report = em.find(RunReport.class, runId);
        if (report == null) {
            report = new RunReport(runId);
            em.persist(report);
        }
        return report;
    }
}
