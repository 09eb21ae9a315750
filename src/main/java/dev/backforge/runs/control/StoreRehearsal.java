package dev.backforge.runs.control;

import dev.backforge.kernel.Hashes;
import dev.backforge.output.entity.ComponentOutcome;
import dev.backforge.planning.entity.PlannedComponent;
import dev.backforge.runs.entity.Run;
import dev.backforge.verification.entity.Finding;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A run's store work rehearsed at boot, in one transaction that is always rolled back: the launch's validation and
 * registration, the order step's rows, each component's attempt and result as a chunk records them, the verify
 * step's findings and the views the API answers with. The first real run would otherwise pay for compiling this path
 * (JPA, the driver, the container's interceptors), the largest share of what it compiles. Nothing is left behind: no
 * row commits, no file is written and no event fires.
 */
@Stateless
public class StoreRehearsal {

    @Inject
    RunLauncher launcher;

    @Inject
    RunRegistration registration;

    @Inject
    RunContexts contexts;

    @Inject
    RunPlanning planning;

    @Inject
    RunStore store;

    @Inject
    RunVerify verify;

    @Inject
    RunViews views;

    @Resource
    SessionContext session;

    @PersistenceContext(unitName = "backforge")
    EntityManager em;

    /**
     * One rehearsal of a run of {@code launchBody} whose components came out as {@code outcomes} (by component id);
     * returns the components recorded.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int rehearse(byte[] launchBody, Map<String, ComponentOutcome> outcomes) {
        // a workflow of its own: nobody else's rows are read or locked, and the rollback removes it whole
        String workflowId = "warm-up-" + UUID.randomUUID();
        try {
            RunLauncher.Validated v = launcher.validate(workflowId, launchBody);
            String content = new String(v.artifact(), StandardCharsets.UTF_8);
            Run run = registration.register(workflowId, v.architecture().architectureId(), Hashes.sha256(content),
                    content, null, null, v.request().options(), UUID.randomUUID().toString(), "warm-up");
            contexts.known(run.revisionId(), v.architecture());
            planning.parse(run.id());
            List<PlannedComponent> planned = planning.plan(run.id());
            planning.store(run.id(), planned);
            Map<Integer, List<Finding>> findings = new LinkedHashMap<>();
            for (PlannedComponent p : planned) {
                ComponentOutcome o = outcomes.get(p.id());
                if (o != null) {
                    store.attempted(run.id(), p.id(), 0);
                    store.generated(run.id(), p.position(), RunGenerate.record(o, true));
                    findings.put(p.position(), o.findings());
                }
            }
            verify.record(run.id(), findings);
            views.status(store.get(run.id()));
            views.detail(store.get(run.id()));
            // statements are sent now, so the driver and the database run them before the rollback
            em.flush();
            return findings.size();
        } finally {
            session.setRollbackOnly();
        }
    }
}
