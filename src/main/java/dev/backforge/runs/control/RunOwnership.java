package dev.backforge.runs.control;

import dev.backforge.cluster.control.Membership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The fence on a run's writes: a commit or a publication goes ahead only while the run is still this instance's.
 * Inside a chunk's transaction the check locks the run's row until the commit, so a takeover by another instance
 * comes wholly before it (and the check fails) or wholly after (and resumes from this commit's checkpoint).
 */
@ApplicationScoped
public class RunOwnership {

    @Inject
    RunClaims claims;

    @Inject
    Membership membership;

    /** Throws when another instance has taken the run over: this instance was declared gone. */
    public void check(String runId) {
        if (!claims.fence(runId, membership.id())) {
            throw new IllegalStateException("run " + runId + " belongs to another instance now: this one ("
                    + membership.name() + ") was declared gone and must not write for it");
        }
    }
}
