package dev.backforge.cluster.control;

import dev.backforge.cluster.entity.ClusterTick;
import dev.backforge.cluster.entity.Instance;
import dev.backforge.cluster.entity.InstanceFenced;
import dev.backforge.cluster.entity.InstanceState;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This server as an instance of the cluster: registers it in the store once the store is migrated, beats its heart
 * there, declares dead the instances whose heartbeat went quiet (or that the data grid saw leave), and then fires a
 * {@link ClusterTick}. A single server on the embedded store is a cluster of one: at boot, every instance the store
 * remembers is gone.
 */
@ApplicationScoped
public class Membership {

    private static final Logger LOG = Logger.getLogger(Membership.class.getName());

    @Inject
    InstanceStore store;

    @Inject
    Event<ClusterTick> ticks;

    @Inject
    Event<InstanceFenced> fenced;

    @Inject
    GridMembers grid;

    @Inject
    @ConfigProperty(name = "backforge.instance.name")
    Optional<String> configuredName;

    @Inject
    @ConfigProperty(name = "backforge.instance.capacity", defaultValue = "4")
    int capacity;

    @Inject
    @ConfigProperty(name = "backforge.instance.heartbeat-seconds", defaultValue = "5")
    int heartbeatSeconds;

    @Inject
    @ConfigProperty(name = "backforge.instance.dead-after-seconds", defaultValue = "30")
    int deadAfterSeconds;

    /** The first tick waits until the batch runtime takes restarts. */
    @Inject
    @ConfigProperty(name = "backforge.recovery.delay-seconds", defaultValue = "3")
    int firstTickSeconds;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ContextService contexts;

    private volatile String id;
    private boolean exclusiveStore;
    private String name;
    private ScheduledFuture<?> beating;

    void join(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object s) {
        name = configuredName.filter(n -> !n.isBlank()).orElseGet(Membership::hostName);
        register(grid.localMember().orElseGet(() -> UUID.randomUUID().toString()));
        exclusiveStore = store.embedded();
        if (exclusiveStore) {
            store.replace(Optional.empty(), id, "the embedded store admits one server, and " + name + " booted");
        } else {
            configuredName.ifPresent(n -> store.replace(Optional.of(n), id, "a new boot of " + n + " replaced it"));
        }
        // the grid calls back on its own threads, which know nothing of this application: the proxy brings its context
        @SuppressWarnings("unchecked")
        Consumer<String> onLeave = contexts.createContextualProxy((Consumer<String>) this::left, Consumer.class);
        grid.onLeave(onLeave);
        beating = scheduler.scheduleWithFixedDelay(this::beat, firstTickSeconds, heartbeatSeconds,
                TimeUnit.SECONDS);
        LOG.info(() -> "instance " + name + " (" + id + ") joined with capacity " + capacity
                + (grid.localMember().isPresent() ? ", on the data grid" : ", store heartbeat only"));
    }

    private void register(String newId) {
        store.register(new Instance(newId, name, capacity, InstanceStore.now()));
        id = newId;
    }

    /** This server's identity now (a new one after it was fenced). */
    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    /** The store admits this server alone (embedded H2): whatever another instance left is a crash leftover. */
    public boolean exclusiveStore() {
        return exclusiveStore;
    }

    public int capacity() {
        return capacity;
    }

    synchronized void beat() {
        try {
            if (!store.heartbeat(id)) {
                String former = id;
                LOG.severe(() -> "instance " + name + " (" + former + ") was declared gone while it still ran; "
                        + "its runs belong to others now; it stops them and joins again as a new instance");
                fenced.fire(new InstanceFenced(former));
                register(UUID.randomUUID().toString());
            }
            store.expire(InstanceStore.now().minusSeconds(deadAfterSeconds));
            ticks.fire(new ClusterTick(id));
        } catch (RuntimeException e) {
            // the store may be briefly unreachable: the next beat tries again
            LOG.log(Level.WARNING, "heartbeat failed: " + e, e);
        }
    }

    /** The grid saw a member leave: that instance is gone now, not when its heartbeat expires. */
    private void left(String memberId) {
        if (store.end(memberId, InstanceState.DEAD, "left the data grid")) {
            LOG.info(() -> "instance " + memberId + " left the data grid");
            scheduler.execute(this::beat);
        }
    }

    @PreDestroy
    void leave() {
        if (beating != null) {
            beating.cancel(false);
        }
        try {
            store.end(id, InstanceState.LEFT, "stopped");
        } catch (RuntimeException e) {
            LOG.fine(() -> "could not record the stop: " + e);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
