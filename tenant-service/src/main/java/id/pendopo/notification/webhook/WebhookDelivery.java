package id.pendopo.notification.webhook;

import id.pendopo.complaint.ComplaintEventType;
import id.pendopo.notification.DeliveryStatus;
import id.pendopo.notification.RetrySchedule;
import id.pendopo.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One event for one subscription: the payload fixed when the event happened, and the story of its attempts,
 * which is the delivery log the API client reads. PENDING until a 2xx (DELIVERED) or until the
 * {@link RetrySchedule} is used up (DEAD); a dead delivery can be retried by hand, once per request.
 */
@Entity
@Table(name = "webhook_delivery")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 36)
public class WebhookDelivery {

    public static final String NOT_DEAD = "webhook-delivery-not-dead";
    public static final int MAX_PAYLOAD = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subscription_id", nullable = false)
    private long subscriptionId;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 32)
    private ComplaintEventType eventType;

    @Column(name = "tracking_id", nullable = false, length = 13)
    private String trackingId;

    @Column(name = "payload", nullable = false, length = MAX_PAYLOAD)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private DeliveryStatus status;

    /** From the claim of an attempt until its outcome is recorded (see {@link #claimed}). */
    @Column(name = "attempt_open", nullable = false)
    private boolean attemptOpen;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_status_code")
    private Integer lastStatusCode;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    public WebhookDelivery(long subscriptionId, String eventId, ComplaintEventType eventType, String trackingId,
            String payload, Instant now) {
        if (payload.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("Webhook payload of " + payload.length() + " characters is too long");
        }
        this.subscriptionId = subscriptionId;
        this.eventId = eventId;
        this.eventType = eventType;
        this.trackingId = trackingId;
        this.payload = payload;
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /**
     * Taken for an attempt until {@code leaseUntil}. If the previous attempt is still open, it never finished (the
     * node stopped or crashed during it, or it outlived its lease): it counts as a failed attempt, retried on the
     * {@link RetrySchedule} or dead-lettered at its end like a refused one, so a delivery that brings its sender down
     * is not taken up again for ever. False then: it is not to be attempted now.
     */
    public boolean claimed(Instant now, Instant leaseUntil) {
        if (attemptOpen) {
            attempted(null, "The attempt did not finish: the sender stopped during it, or it outlived its lease", now);
            return false;
        }
        attemptOpen = true;
        nextAttemptAt = leaseUntil;
        return true;
    }

    /**
     * Records one attempt: {@code statusCode} is the receiver's answer (null when there was none: refused,
     * timed out), {@code error} what went wrong (null on success).
     */
    public void attempted(Integer statusCode, String error, Instant at) {
        attemptOpen = false;
        attempts++;
        lastAttemptAt = at;
        lastStatusCode = statusCode;
        if (statusCode != null && statusCode >= 200 && statusCode <= 299) {
            status = DeliveryStatus.DELIVERED;
            deliveredAt = at;
            lastError = null;
            return;
        }
        lastError = clip(error == null ? "HTTP " + statusCode : error);
        RetrySchedule.nextAttempt(attempts, at).ifPresentOrElse(next -> nextAttemptAt = next,
                () -> status = DeliveryStatus.DEAD);
    }

    /**
     * Not sent, and not retried: the complaint may no longer be shown to third parties (it became confidential, or
     * was purged). Dead, with the reason in the log; a retry by hand is withheld again while that holds. The body is
     * forgotten too, so the delivery log does not show the client what was withheld from it (privacy is never
     * lowered, so it is never needed again).
     */
    public void withhold(String reason, Instant at) {
        payload = jakarta.json.Json.createObjectBuilder().add("id", eventId).add("withheld", true).build().toString();
        lastAttemptAt = at;
        lastStatusCode = null;
        lastError = clip("Not sent: " + reason);
        status = DeliveryStatus.DEAD;
        attemptOpen = false;
    }

    /** Gives a dead delivery one more attempt, now; if it fails again it is dead again. */
    public void retryManually(Instant now) {
        if (status != DeliveryStatus.DEAD) {
            throw new ConflictException(NOT_DEAD, "Delivery " + id + " is " + status + "; only dead deliveries can be retried");
        }
        status = DeliveryStatus.PENDING;
        nextAttemptAt = now;
    }

    private static String clip(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }

    /** The number the next attempt will carry in {@code Pendopo-Delivery-Attempt}. */
    public int nextAttemptNumber() {
        return attempts + 1;
    }

    public Long id() {
        return id;
    }

    public long subscriptionId() {
        return subscriptionId;
    }

    public String eventId() {
        return eventId;
    }

    public ComplaintEventType eventType() {
        return eventType;
    }

    public String trackingId() {
        return trackingId;
    }

    public String payload() {
        return payload;
    }

    public DeliveryStatus status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    public Integer lastStatusCode() {
        return lastStatusCode;
    }

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastAttemptAt() {
        return lastAttemptAt;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }
}
