package id.pendopo.notification;

import id.pendopo.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Queues messages in the caller's transaction (they leave only if it commits) and gives the sender what is due.
 * A message for a disabled channel is not queued: it could never leave.
 */
@ApplicationScoped
public class NotificationOutbox {

    @Inject
    TenantData data;
    @Inject
    NotificationChannels channels;
    @Inject
    Clock clock;

    public NotificationOutbox() {
    }

    /** For tests and tools outside a container. */
    public NotificationOutbox(TenantData data, NotificationChannels channels, Clock clock) {
        this.data = data;
        this.channels = channels;
        this.clock = clock;
    }

    /** Queues {@code n} for {@code recipient}; false when the channel is disabled or the address is blank. */
    public boolean queue(String channel, NotificationPurpose purpose, String recipient, Notification n) {
        if (!accepts(channel, recipient)) {
            return false;
        }
        data.em().persist(new OutboundNotification(channel, purpose, recipient.strip(), n, clock.instant()));
        return true;
    }

    /** Whether {@link #queue} would queue a message on {@code channel} to {@code recipient}: ask before rendering it. */
    public boolean accepts(String channel, String recipient) {
        return recipient != null && !recipient.isBlank() && channels.enabled(channel);
    }

    /** Ids of pending messages whose next attempt is due, oldest first. */
    public List<Long> due(Instant now, int max) {
        return data.em().createQuery("SELECT n.id FROM OutboundNotification n WHERE n.status = :pending"
                        + " AND n.nextAttemptAt <= :now ORDER BY n.nextAttemptAt, n.id", Long.class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now)
                .setMaxResults(max).getResultList();
    }

    /**
     * Claims a due message for one attempt until {@code leaseUntil}: a run that overlaps (the next minute's, on
     * another node) does not find it due meanwhile. Empty when it is no longer pending and due (another run has
     * it), or when its last attempt never finished: that one is counted at {@code at}, the time of the claim
     * ({@link OutboundNotification#claimed}), and the message waits for its next turn.
     */
    public Optional<OutboundNotification> claim(long id, Instant now, Instant at, Instant leaseUntil) {
        int taken = data.em().createQuery("UPDATE OutboundNotification n SET n.nextAttemptAt = :lease"
                        + " WHERE n.id = :id AND n.status = :pending AND n.nextAttemptAt <= :now")
                .setParameter("lease", leaseUntil).setParameter("id", id)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now).executeUpdate();
        if (taken != 1) {
            return Optional.empty();
        }
        OutboundNotification n = find(id);
        return n != null && n.claimed(at, leaseUntil) ? Optional.of(n) : Optional.empty();
    }

    public OutboundNotification find(long id) {
        return data.em().find(OutboundNotification.class, id);
    }

    /** The queued messages about one complaint, oldest first (for the console and tests). */
    public List<OutboundNotification> about(String trackingId) {
        return data.em().createQuery("SELECT n FROM OutboundNotification n WHERE n.trackingId = :t ORDER BY n.id",
                OutboundNotification.class).setParameter("t", trackingId).getResultList();
    }

    /** Deletes sent and dead messages created before {@code cutoff}: they hold reporters' addresses. */
    public int forgetFinishedBefore(Instant cutoff) {
        return data.em().createQuery("DELETE FROM OutboundNotification n WHERE n.status <> :pending"
                        + " AND n.createdAt < :cutoff")
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("cutoff", cutoff).executeUpdate();
    }
}
