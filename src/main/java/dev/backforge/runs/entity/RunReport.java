package dev.backforge.runs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A run's reports, as JSON, in a row of their own: what changed since the run before (written when the run is
 * planned) and what publishing did (written at its end). They grow with the architecture (a thousand components
 * make a publish report of tens of kilobytes). Kept in the run's row, every update of that row (one per chunk, the
 * fence of {@code RunClaims}) rewrote them and their neighbours' on an embedded store's page.
 */
@Entity
@Table(name = "bf_run_report")
public class RunReport {

    @Id
    @Column(name = "run_id", length = 36)
    private String runId;

    /** What changed since the last run: components reused, regenerated, new, removed. */
    private String changes;

    /** What publishing did to the published tree: files written, merged, conflicting, kept, deleted. */
    @Column(name = "publish_report")
    private String publishReport;

    protected RunReport() {
    }

    public RunReport(String runId) {
        this.runId = runId;
    }

    public String changes() {
        return changes;
    }

    public void changes(String json) {
        this.changes = json;
    }

    public String publishReport() {
        return publishReport;
    }

    public void publishReport(String json) {
        this.publishReport = json;
    }
}
