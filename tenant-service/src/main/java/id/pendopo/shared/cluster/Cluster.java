package id.pendopo.shared.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.hazelcast.topic.MessageListener;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The platform's one mechanism for cross-node coordination.
 * <ul>
 * <li>{@link #publish} / {@link #subscribe}: events on a Hazelcast reliable topic, delivered to every node,
 * in order, including the publishing one.</li>
 * <li>{@link #claim}: the first node to claim a job's time slot runs it; the others skip it. The claim
 * expires, so a node that dies does not block the next slot.</li>
 * </ul>
 */
@ApplicationScoped
public class Cluster {

    private static final Logger LOG = Logger.getLogger(Cluster.class.getName());
    static final String TOPIC = "pendopo-events";
    static final String CLAIMS = "pendopo-job-claims";

    private final String node = UUID.randomUUID().toString();
    private final List<Consumer<PlatformEvent>> subscribers = new CopyOnWriteArrayList<>();
    private final Map<String, Long> localClaims = new ConcurrentHashMap<>();
    private HazelcastInstance hazelcast;

    /**
     * Whether this application runs scheduled jobs at all. Both WARs carry the jobs; the UI WAR turns them off
     * (its own microprofile-config.properties), so that a node without Hazelcast, whose claims are per
     * application, still runs each job once.
     */
    @Inject
    @ConfigProperty(name = "pendopo.jobs.enabled", defaultValue = "true")
    Boolean jobsEnabled;
    private UUID listener;

    public Cluster() {
    }

    /** For tests: a cluster on the given Hazelcast member, or in-process when it is null. */
    public Cluster(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
        listen();
    }

    @PostConstruct
    void connect() {
        try {
            hazelcast = (HazelcastInstance) new InitialContext().lookup("payara/Hazelcast");
            if (!hazelcast.getLifecycleService().isRunning()) {
                hazelcast = null;
            }
        } catch (NamingException | RuntimeException e) {
            hazelcast = null;
        }
        if (hazelcast == null) {
            LOG.warning("Hazelcast is not available: events and job claims stay on this node only");
        }
        listen();
    }

    private void listen() {
        if (hazelcast != null) {
            ITopic<PlatformEvent> topic = hazelcast.getReliableTopic(TOPIC);
            listener = topic.addMessageListener((MessageListener<PlatformEvent>) (Message<PlatformEvent> m) -> deliver(m.getMessageObject()));
        }
    }

    @PreDestroy
    void disconnect() {
        if (hazelcast != null && listener != null) {
            try {
                hazelcast.getReliableTopic(TOPIC).removeMessageListener(listener);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Hazelcast already down", e);
            }
        }
    }

    /**
     * Sends an event to every node. Inside a transaction it leaves once the transaction has committed, and
     * never if it rolls back, so no node hears of a change that did not happen.
     */
    public void publish(PlatformEvent event) {
        TransactionSynchronizationRegistry tx = transactionRegistry();
        if (tx != null && tx.getTransactionStatus() == Status.STATUS_ACTIVE) {
            tx.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        send(event);
                    }
                }
            });
        } else {
            send(event);
        }
    }

    private static TransactionSynchronizationRegistry transactionRegistry() {
        try {
            return (TransactionSynchronizationRegistry) new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NamingException | RuntimeException e) {
            return null;
        }
    }

    private void send(PlatformEvent event) {
        if (hazelcast != null) {
            hazelcast.<PlatformEvent>getReliableTopic(TOPIC).publish(event);
        } else {
            deliver(event);
        }
    }

    /** Registers a handler for every event from now on; returns a handle that unsubscribes it. */
    public Runnable subscribe(Consumer<PlatformEvent> handler) {
        subscribers.add(handler);
        return () -> subscribers.remove(handler);
    }

    /**
     * The slot of a job that runs every {@code period}, for {@link #claim}: the start of the period {@code now} falls
     * in (UTC), so that a timer firing late, in the next minute, still claims the run it belongs to and a node whose
     * timer fired on time has not left it free.
     */
    public static String slot(Instant now, Duration period) {
        long seconds = period.getSeconds();
        return Instant.ofEpochSecond(Math.floorDiv(now.getEpochSecond(), seconds) * seconds).toString();
    }

    /**
     * Claims one run of a job, e.g. {@code claim("provisioning-sweep", "2026-11-28T01:05", Duration.ofMinutes(10))}:
     * true on exactly one node per slot.
     */
    public boolean claim(String job, String slot, Duration ttl) {
        if (Boolean.FALSE.equals(jobsEnabled)) {
            return false;
        }
        String key = job + ":" + slot;
        if (hazelcast != null) {
            IMap<String, String> claims = hazelcast.getMap(CLAIMS);
            return claims.putIfAbsent(key, node, ttl.toMillis(), TimeUnit.MILLISECONDS) == null;
        }
        long now = System.currentTimeMillis();
        localClaims.values().removeIf(expiry -> expiry < now);
        return localClaims.putIfAbsent(key, now + ttl.toMillis()) == null;
    }

    public boolean clustered() {
        return hazelcast != null;
    }

    private void deliver(PlatformEvent event) {
        for (Consumer<PlatformEvent> s : subscribers) {
            try {
                s.accept(event);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "An event subscriber failed on " + event, e);
            }
        }
    }
}
