package dev.backforge.cluster.control;

import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Payara's Domain Data Grid (Hazelcast), when the server runs it: the local member's UUID is the instance's
 * identity, and a member leaving the grid is how the cluster learns of a dead instance within seconds. The grid only
 * detects; what must be exact (who owns a run) is decided in the store. Without the grid ({@code --nohazelcast}) the
 * store's heartbeats detect alone, more slowly.
 */
@ApplicationScoped
public class GridMembers {

    private static final Logger LOG = Logger.getLogger(GridMembers.class.getName());
    static final String JNDI = "payara/Hazelcast";

    private Optional<HazelcastInstance> grid;

    private synchronized Optional<HazelcastInstance> grid() {
        if (grid == null) {
            grid = lookUp();
        }
        return grid;
    }

    private static Optional<HazelcastInstance> lookUp() {
        try {
            HazelcastInstance hz = (HazelcastInstance) new InitialContext().lookup(JNDI);
            hz.getCluster().getLocalMember();
            return Optional.of(hz);
        } catch (NamingException | RuntimeException | LinkageError e) {
            // no grid: Payara Micro started with --nohazelcast, or the grid is disabled
            LOG.fine(() -> "no data grid: " + e);
            return Optional.empty();
        }
    }

    /** The local member's UUID, when the grid runs. */
    public Optional<String> localMember() {
        return grid().map(hz -> hz.getCluster().getLocalMember().getUuid().toString());
    }

    /** Calls back with a member's UUID whenever a member leaves the grid. */
    public void onLeave(Consumer<String> left) {
        grid().ifPresent(hz -> hz.getCluster().addMembershipListener(new MembershipListener() {
            @Override
            public void memberAdded(MembershipEvent event) {
                // a new member registers itself in the store
            }

            @Override
            public void memberRemoved(MembershipEvent event) {
                left.accept(event.getMember().getUuid().toString());
            }
        }));
    }
}
