package id.pendopo.notification;

import id.pendopo.shared.Transactions;
import id.pendopo.shared.cluster.Cluster;
import id.pendopo.tenancy.TenantRepository;
import id.pendopo.tenancy.TenantSweep;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.logging.Logger;

/**
 * Sends the queued messages of every active tenant, once a minute on one node ({@link Cluster#claim}). Each
 * message is read and its outcome recorded in transactions of their own, and the channel is called between
 * them, so a slow mail server holds no lock. Failures are retried on the {@link RetrySchedule}; sent and dead
 * messages, which hold reporters' addresses, are deleted after {@link #RETENTION}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NotificationSender {

    private static final Logger LOG = Logger.getLogger(NotificationSender.class.getName());
    static final int BATCH = 200;
    /**
     * How long a message being sent is left alone by other runs: longer than a channel can take (SMTP connects,
     * reads and writes with 10 s timeouts each, the SMS gateway 10 s).
     */
    static final Duration LEASE = Duration.ofMinutes(2);
    public static final Duration RETENTION = Duration.ofDays(30);
    /**
     * The most one tenant's messages get of a run before the next tenant's turn, so that one regency's backlog (or a
     * slow gateway) does not hold every other regency's messages back. What is left stays due for the next run.
     */
    static final Duration TENANT_BUDGET = Duration.ofSeconds(30);

    @Inject
    Cluster cluster;
    @Inject
    TenantRepository tenants;
    @Inject
    NotificationOutbox outbox;
    @Inject
    NotificationChannels channels;
    @Inject
    Transactions tx;
    @Inject
    Clock clock;

    public NotificationSender() {
    }

    /** For tests and tools outside a container; {@code cluster} and {@code tenants} may be null there. */
    public NotificationSender(NotificationOutbox outbox, NotificationChannels channels, Transactions tx) {
        this.outbox = outbox;
        this.channels = channels;
        this.tx = tx;
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        Instant now = clock.instant();
        if (cluster.claim("notification-sender", now.truncatedTo(ChronoUnit.MINUTES).toString(), Duration.ofSeconds(50))) {
            run(now);
        }
    }

    /**
     * One run: sends the messages of every active tenant, then forgets the finished ones past {@link #RETENTION} in
     * every tenant still stored, suspended and archived ones too (they hold reporters' addresses); returns how many
     * messages were sent.
     */
    public int run(Instant now) {
        int sent = TenantSweep.overActiveTenants(tenants, tx, "Sending notifications", t -> sendDue(now));
        TenantSweep.overStoredTenants(tenants, tx, "Forgetting sent notifications",
                t -> tx.inNew(() -> outbox.forgetFinishedBefore(now.minus(RETENTION))));
        return sent;
    }

    /** Sends the current tenant's due messages, for at most {@link #TENANT_BUDGET}; returns how many went out. */
    public int sendDue(Instant now) {
        int sent = 0;
        Instant turnEnds = current(now).plus(TENANT_BUDGET);
        for (Long id : tx.inNew(() -> outbox.due(now, BATCH))) {
            if (current(now).isAfter(turnEnds)) {
                break; // the next tenant's turn; the rest is due again next run
            }
            // As stored (DATETIME(6)), so that the outcome can tell whether the lease is still this run's.
            Instant at = current(now);
            Instant lease = at.plus(LEASE).truncatedTo(ChronoUnit.MICROS);
            OutboundNotification n = tx.inNew(() -> outbox.claim(id, now, at, lease).orElse(null));
            if (n == null) {
                continue;
            }
            String error = attempt(n);
            // The retry waits from when the attempt ended, not from when the run began: a long run (a backlog, a
            // slow server) would otherwise schedule its retries in the past.
            Instant done = current(now);
            tx.runInNew(() -> {
                OutboundNotification current = outbox.find(id);
                if (current == null || current.status() != DeliveryStatus.PENDING || !lease.equals(current.nextAttemptAt())) {
                    return; // sent meanwhile, or the attempt outlived its lease and a later run took the message over
                }
                if (error == null) {
                    current.sent(done);
                } else {
                    current.failed(error, done);
                }
            });
            if (error == null) {
                sent++;
            } else {
                LOG.warning(() -> "Notification " + id + " via " + n.channel() + " failed: " + withoutAddresses(error));
            }
        }
        return sent;
    }

    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "(?U)[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+|(?<![\\w.])\\(?(?:\\+?62|0)[\\d ().-]{7,}\\d");

    /**
     * A sender's error as the log may keep it: a mail server's refusal usually quotes the recipient ("550 5.1.1
     * &lt;rina@example.id&gt;: ..."), an SMS gateway the number, and the log outlives the 30 days a reporter's message
     * is kept. Numbers are Indonesian ones (0…, 62…, +62…), so a status like "550 5.1.1" or an address like 127.0.0.1
     * stays readable.
     */
    static String withoutAddresses(String error) {
        return error == null ? null : ADDRESS.matcher(error).replaceAll("<address>");
    }

    /** The clock's time, never before the run's {@code now}. */
    private Instant current(Instant now) {
        Instant at = clock == null ? now : clock.instant();
        return at.isAfter(now) ? at : now;
    }

    /** Null when the channel took the message, else why not. */
    private String attempt(OutboundNotification n) {
        var channel = channels.byName(n.channel()).filter(NotificationChannel::enabled);
        if (channel.isEmpty()) {
            return "Channel " + n.channel() + " is not enabled";
        }
        try {
            channel.get().send(n.recipient(), n.notification());
            return null;
        } catch (DeliveryFailedException e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }
}
