package dev.backforge.runs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.OffsetDateTime;

/**
 * One component of a run: its place in the plan, and once committed, its file's hash, size, stubs, findings and
 * cost. Written in the same transaction as the chunk checkpoint that covers it.
 */
@Entity
@Table(name = "bf_component_result", uniqueConstraints = @UniqueConstraint(name = "bf_component_result_run_position", columnNames = {
        "runId", "plan_position"}), indexes = @Index(name = "bf_component_result_run", columnList = "runId"))
@SequenceGenerator(name = "bf_component_result_seq", sequenceName = "bf_component_result_seq", allocationSize = 100)
public class ComponentResult {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bf_component_result_seq")
    private Long id;

    @Column(nullable = false, length = 36)
    private String runId;

    @Column(name = "plan_position", nullable = false)
    private int position;

    @Column(nullable = false, length = 200)
    private String componentId;

    @Column(nullable = false, length = 30)
    private String type;

    @Column(name = "plan_level")
    private int level;

    @Column(nullable = false, length = 500)
    private String filePath;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ComponentState state;

    /** What the file is made from (see Fingerprints): equal fingerprints, equal files. */
    @Column(length = 64)
    private String fingerprint;

    /** new, regenerated or reused (taken from run {@link #reusedFrom}). */
    @Column(length = 20)
    private String origin;

    @Column(name = "reused_from", length = 36)
    private String reusedFrom;

    /** Times this component's result was committed: exactly once for a generated component. */
    private int commits;

    @Column(length = 64)
    private String sha256;

    private int lineCount;
    private int implementedMethods;
    private int stubbedMethods;
    private int errors;
    private int warnings;
    private long durationMillis;
    private long promptTokens;
    private long completionTokens;

    @Lob
    private String findings;

    @Lob
    private String stubs;

    @Column(length = 2000)
    private String description;

    @Lob
    private String dependenciesUsed;

    @Lob
    private String implemented;

    @Column(length = 2000)
    private String failure;

    private OffsetDateTime committedAt;

    protected ComponentResult() {
    }

    public ComponentResult(String runId, int position, String componentId, String type, int level, String filePath) {
        this.runId = runId;
        this.position = position;
        this.componentId = componentId;
        this.type = type;
        this.level = level;
        this.filePath = filePath;
        this.state = ComponentState.PENDING;
    }

    /** The component's file is written and verified: record what it is, in the chunk's transaction. */
    public void generated(GeneratedRecord r, OffsetDateTime at) {
        generated(r.sha256(), r.lineCount(), r.implemented(), r.stubbed(), r.errors(), r.warnings(),
                r.durationMillis(), r.promptTokens(), r.completionTokens(), r.findings(), r.stubs(), at);
        this.description = r.description() != null && r.description().length() > 2000
                ? r.description().substring(0, 2000) : r.description();
        this.dependenciesUsed = r.dependenciesUsed();
        this.implemented = r.implementedNames();
    }

    private void generated(String sha256, int lineCount, int implemented, int stubbed, int errors, int warnings,
                           long durationMillis, long promptTokens, long completionTokens, String findings,
                           String stubs, OffsetDateTime at) {
        this.state = ComponentState.GENERATED;
        this.commits++;
        this.sha256 = sha256;
        this.lineCount = lineCount;
        this.implementedMethods = implemented;
        this.stubbedMethods = stubbed;
        this.errors = errors;
        this.warnings = warnings;
        this.durationMillis = durationMillis;
        this.promptTokens = promptTokens;
        this.completionTokens = completionTokens;
        this.findings = findings;
        this.stubs = stubs;
        this.failure = null;
        this.committedAt = at;
    }

    /** This run takes the earlier run's file as it is: the same result, at no cost. */
    public void sameAs(ComponentResult earlier, OffsetDateTime at) {
        generated(earlier.sha256, earlier.lineCount, earlier.implementedMethods, earlier.stubbedMethods,
                earlier.errors, earlier.warnings, 0, 0, 0, earlier.findings, earlier.stubs, at);
        this.description = earlier.description;
        this.dependenciesUsed = earlier.dependenciesUsed;
        this.implemented = earlier.implemented;
    }

    public void failed(String failure, long durationMillis, OffsetDateTime at) {
        this.state = ComponentState.FAILED;
        this.failure = Run.limited(failure);
        this.durationMillis = durationMillis;
        this.committedAt = at;
    }

    /** Findings of the verify step, which re-reads the file from disk. */
    public void verified(int errors, int warnings, String findings) {
        this.errors = errors;
        this.warnings = warnings;
        this.findings = findings;
    }

    public Long id() {
        return id;
    }
    public String runId() {
        return runId;
    }
    public int position() {
        return position;
    }
    public String componentId() {
        return componentId;
    }
    public String type() {
        return type;
    }
    public int level() {
        return level;
    }
    public String filePath() {
        return filePath;
    }
    public ComponentState state() {
        return state;
    }
    public int commits() {
        return commits;
    }
    public String sha256() {
        return sha256;
    }
    public int lineCount() {
        return lineCount;
    }
    public int implementedMethods() {
        return implementedMethods;
    }
    public int stubbedMethods() {
        return stubbedMethods;
    }
    public int errors() {
        return errors;
    }
    public int warnings() {
        return warnings;
    }
    public long durationMillis() {
        return durationMillis;
    }
    public long promptTokens() {
        return promptTokens;
    }
    public long completionTokens() {
        return completionTokens;
    }
    public String findings() {
        return findings;
    }
    public String stubs() {
        return stubs;
    }
    public String failure() {
        return failure;
    }
    public OffsetDateTime committedAt() {
        return committedAt;
    }
    public String description() {
        return description;
    }
    public String dependenciesUsed() {
        return dependenciesUsed;
    }
    public String implementedNames() {
        return implemented;
    }

    /** Records what the component is made from and where its file will come from; set when the run is planned. */
    public void origin(String fingerprint, String origin, String reusedFrom) {
        this.fingerprint = fingerprint;
        this.origin = origin;
        this.reusedFrom = reusedFrom;
    }

    public String fingerprint() {
        return fingerprint;
    }

    public String origin() {
        return origin;
    }

    public String reusedFrom() {
        return reusedFrom;
    }
}
