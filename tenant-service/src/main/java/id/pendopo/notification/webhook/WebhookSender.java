package id.pendopo.notification.webhook;

import id.pendopo.complaint.PrivacyMode;
import id.pendopo.notification.DeliveryStatus;
import id.pendopo.shared.Transactions;
import id.pendopo.shared.cluster.Cluster;
import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantRepository;
import id.pendopo.tenancy.TenantSweep;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.HashSet;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * POSTs due webhook deliveries of every active tenant, once a minute on one node ({@link Cluster#claim}).
 * A delivery succeeds with a 2xx answer within {@link #TIMEOUT}; redirects are not followed, and the answer's body
 * is not read (its status is the answer; a receiver could trickle a body forever). Each attempt is read and
 * recorded in transactions of their own, with the HTTP call between them; the outcome is recorded only while the
 * attempt's lease holds. Delivered and dead deliveries are deleted after {@link #RETENTION}.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The longest one attempt may take, connecting and waiting for the answer's headers included. */
    static final Duration DEADLINE = TIMEOUT.multipliedBy(2);
    /** How long a delivery being sent is left alone by other runs: longer than any attempt can take. */
    public static final Duration LEASE = TIMEOUT.multipliedBy(3);
    public static final Duration RETENTION = Duration.ofDays(30);
    public static final String EVENT_ID = "Pendopo-Event-Id";
    public static final String ATTEMPT = "Pendopo-Delivery-Attempt";
    public static final int BATCH = 100;
    /**
     * The most one tenant's deliveries get of a run before the next tenant's turn: one regency whose receivers are
     * slow (or a tarpit) would otherwise hold every other regency's webhooks back for as long as its batch takes.
     * What is left stays due for the next run.
     */
    public static final Duration TENANT_BUDGET = Duration.ofSeconds(30);

    @Inject
    Cluster cluster;
    @Inject
    TenantRepository tenants;
    @Inject
    TenantData data;
    @Inject
    Transactions tx;
    @Inject
    Clock clock;
    @Inject
    WebhookTargets targets;
    @Inject
    WebhookSecrets secrets;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public WebhookSender() {
    }

    /** For tests and tools outside a container. */
    public WebhookSender(TenantData data, Transactions tx, WebhookTargets targets, WebhookSecrets secrets, Clock clock) {
        this.clock = clock;
        this.data = data;
        this.tx = tx;
        this.targets = targets;
        this.secrets = secrets;
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void everyMinute() {
        Instant now = clock.instant();
        if (cluster.claim("webhook-sender", now.truncatedTo(ChronoUnit.MINUTES).toString(), Duration.ofSeconds(50))) {
            run(now);
        }
    }

    /**
     * One run: sends the deliveries of every active tenant, then deletes the finished ones past {@link #RETENTION}
     * in every tenant still stored, suspended and archived ones too; returns how many deliveries succeeded.
     */
    public int run(Instant now) {
        int delivered = TenantSweep.overActiveTenants(tenants, tx, "Sending webhooks", t -> sendDue(now));
        TenantSweep.overStoredTenants(tenants, tx, "Forgetting webhook deliveries",
                t -> tx.inNew(() -> data.em().createQuery("DELETE FROM WebhookDelivery d WHERE d.status <> :pending"
                                + " AND d.createdAt < :cutoff").setParameter("pending", DeliveryStatus.PENDING)
                        .setParameter("cutoff", now.minus(RETENTION)).executeUpdate()));
        return delivered;
    }

    /** Sends the current tenant's due deliveries, for at most {@link #TENANT_BUDGET}; returns how many were accepted. */
    public int sendDue(Instant now) {
        int delivered = 0;
        Instant turnEnds = sendingTime(now).plus(TENANT_BUDGET);
        // Receivers that gave no answer in this run (refused, unreachable, timed out): their other deliveries wait for
        // the next run untouched, so that one dead receiver does not spend the turn of the tenant's other ones. They
        // are left out of the next batch too: a backlog of a hundred for a dead receiver would otherwise fill every
        // batch, and the others would never come up.
        Set<Long> unanswered = new HashSet<>();
        Set<Long> seen = new HashSet<>();
        turn:
        for (;;) {
            List<Object[]> due = tx.inNew(() -> dueBatch(now, unanswered));
            boolean progress = false;
            for (Object[] row : due) {
                long id = ((Number) row[0]).longValue();
                long subscriptionId = ((Number) row[1]).longValue();
                if (sendingTime(now).isAfter(turnEnds)) {
                    break turn; // the next tenant's turn; the rest is due again next run
                }
                if (unanswered.contains(subscriptionId) || !seen.add(id)) {
                    continue;
                }
                progress = true;
                if (send(id, subscriptionId, now, unanswered)) {
                    delivered++;
                }
            }
            if (due.size() < BATCH || !progress) {
                break; // all that is due was in this batch, or nothing in it could be taken
            }
        }
        return delivered;
    }

    /** The oldest due deliveries, not those of receivers that gave no answer in this run. */
    private List<Object[]> dueBatch(Instant now, Set<Long> unanswered) {
        var q = data.em().createQuery("SELECT d.id, d.subscriptionId FROM WebhookDelivery d"
                        + " WHERE d.status = :pending AND d.nextAttemptAt <= :now"
                        + (unanswered.isEmpty() ? "" : " AND d.subscriptionId NOT IN :unanswered")
                        + " ORDER BY d.nextAttemptAt, d.id", Object[].class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now);
        if (!unanswered.isEmpty()) {
            q.setParameter("unanswered", List.copyOf(unanswered));
        }
        return q.setMaxResults(BATCH).getResultList();
    }

    /** One attempt of delivery {@code id}, if it can be claimed; true when the receiver accepted it. */
    private boolean send(long id, long subscriptionId, Instant now, Set<Long> unanswered) {
        // As stored (DATETIME(6)), so that the outcome can tell whether the lease is still this run's.
        Instant lease = sendingTime(now).plus(LEASE).truncatedTo(ChronoUnit.MICROS);
        Attempt attempt = tx.inNew(() -> {
            // Claimed for this attempt: a run that overlaps (the next minute's, on another node) finds it not
            // due until the lease ends, which is after any answer can come; the attempt then sets the next time.
            int claimed = data.em().createQuery("UPDATE WebhookDelivery d SET d.nextAttemptAt = :lease"
                            + " WHERE d.id = :id AND d.status = :pending AND d.nextAttemptAt <= :now")
                    .setParameter("lease", lease).setParameter("id", id)
                    .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now).executeUpdate();
            if (claimed == 0) {
                return null;
            }
            WebhookDelivery d = data.em().find(WebhookDelivery.class, id);
            WebhookSubscription s = d == null ? null : data.em().find(WebhookSubscription.class, d.subscriptionId());
            if (d == null || s == null || d.status() != DeliveryStatus.PENDING || !d.claimed(sendingTime(now), lease)) {
                return null;
            }
            // The payload was rendered when the complaint changed; it goes out only while the complaint may
            // still be shown to third parties (privacy can be raised to CONFIDENTIAL after that).
            Optional<String> withheld = withheldBecause(d.trackingId());
            if (withheld.isPresent()) {
                d.withhold(withheld.get(), now);
                return null;
            }
            try {
                return new Attempt(s.url(), s.signingSecrets(now, secrets), d.eventId(), d.nextAttemptNumber(),
                        d.payload(), null);
            } catch (WebhookSecrets.UnreadableSecretException e) {
                return new Attempt(s.url(), List.of(), d.eventId(), d.nextAttemptNumber(), d.payload(), e.getMessage());
            }
        });
        if (attempt == null) {
            return false;
        }
        Outcome outcome = post(attempt, now);
        if (outcome.status() == null) {
            unanswered.add(subscriptionId);
        }
        Instant done = sendingTime(now);
        tx.runInNew(() -> {
            WebhookDelivery d = data.em().find(WebhookDelivery.class, id);
            // Only while this run's lease holds: a later run that took the delivery over records its own outcome.
            if (d != null && d.status() == DeliveryStatus.PENDING && lease.equals(d.nextAttemptAt())) {
                d.attempted(outcome.status(), outcome.error(), done);
            } else {
                LOG.warning(() -> "Webhook delivery " + id + ": the attempt outlived its lease; its outcome is not recorded");
            }
        });
        return outcome.ok();
    }

    /** Why a delivery about this complaint may not go out now, if it may not. */
    private Optional<String> withheldBecause(String trackingId) {
        List<PrivacyMode> mode = data.em().createQuery(
                        "SELECT c.privacyMode FROM Complaint c WHERE c.trackingId = :id", PrivacyMode.class)
                .setParameter("id", trackingId).getResultList();
        if (mode.isEmpty()) {
            return Optional.of("complaint " + trackingId + " no longer exists");
        }
        return mode.get(0).allowsPublication() ? Optional.empty()
                : Optional.of("complaint " + trackingId + " is confidential now");
    }

    /** One delivery attempt; {@code unsignable} says why it cannot be signed, when it cannot. */
    private record Attempt(String url, List<String> secrets, String eventId, int number, String body, String unsignable) {
    }

    private record Outcome(Integer status, String error) {
        boolean ok() {
            return status != null && status >= 200 && status <= 299;
        }
    }

    /**
     * The instant a delivery is signed with: the clock's at the moment of sending, since the run's deliveries go out
     * one by one and each may wait {@link #TIMEOUT} for its receiver; never before the run's {@code now}.
     */
    private Instant sendingTime(Instant now) {
        Instant current = clock == null ? now : clock.instant();
        return current.isAfter(now) ? current : now;
    }

    private Outcome post(Attempt a, Instant now) {
        if (a.unsignable() != null) {
            return new Outcome(null, "Not sent: " + a.unsignable());
        }
        // Checked again before each attempt: the host's addresses may have changed since it was registered.
        var refused = targets.refusal(a.url());
        if (refused.isPresent()) {
            return new Outcome(null, "Not sent: the URL " + refused.get());
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(a.url())).timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "Pendopo-Webhooks/1")
                    .header(WebhookSignature.HEADER, WebhookSignature.header(a.secrets(), sendingTime(now), a.body()))
                    .header(EVENT_ID, a.eventId())
                    .header(ATTEMPT, String.valueOf(a.number()))
                    .POST(HttpRequest.BodyPublishers.ofString(a.body())).build();
        } catch (IllegalArgumentException e) {
            return new Outcome(null, "Invalid URL: " + e.getMessage());
        }
        CompletableFuture<HttpResponse<Void>> answer = http.sendAsync(request, STATUS_ONLY);
        try {
            int status = answer.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            return new Outcome(status, status >= 200 && status <= 299 ? null : "HTTP " + status);
        } catch (TimeoutException e) {
            answer.cancel(true);
            return new Outcome(null, "No answer within " + TIMEOUT.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof HttpTimeoutException) {
                return new Outcome(null, "No answer within " + TIMEOUT.toSeconds() + " s");
            }
            return new Outcome(null, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        } catch (InterruptedException e) {
            answer.cancel(true);
            Thread.currentThread().interrupt();
            return new Outcome(null, "Interrupted");
        }
    }

    /**
     * Reads the answer's status and not its body: the subscription is cancelled at once, which closes the
     * connection, so a receiver that sends its headers and then a body byte by byte cannot hold the sender.
     */
    private static final HttpResponse.BodyHandler<Void> STATUS_ONLY = info -> new HttpResponse.BodySubscriber<>() {
        private final CompletableFuture<Void> done = new CompletableFuture<>();

        @Override
        public CompletionStage<Void> getBody() {
            return done;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.cancel();
            done.complete(null);
        }

        @Override
        public void onNext(List<ByteBuffer> item) {
        }

        @Override
        public void onError(Throwable throwable) {
            done.complete(null);
        }

        @Override
        public void onComplete() {
            done.complete(null);
        }
    };
}
