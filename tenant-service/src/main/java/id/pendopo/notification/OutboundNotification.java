package id.pendopo.notification;

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
 * One message waiting to be sent, or sent, through one channel to one address: the outbox row written in the
 * transaction that caused it. The text is rendered when queued, so a retry sends exactly what was decided then.
 */
@Entity
@Table(name = "notification_outbox")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 36)
public class OutboundNotification {

    public static final int MAX_BODY = 8000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "channel", nullable = false, length = 16)
    private String channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 24)
    private NotificationPurpose purpose;

    @Column(name = "recipient", nullable = false, length = 254)
    private String recipient;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "tracking_id", length = 13)
    private String trackingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private DeliveryStatus status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    /** From the claim of an attempt until its outcome is recorded (see {@link #claimed}). */
    @Column(name = "attempt_open", nullable = false)
    private boolean attemptOpen;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboundNotification() {
    }

    public OutboundNotification(String channel, NotificationPurpose purpose, String recipient, Notification n,
            Instant now) {
        this.channel = channel;
        this.purpose = purpose;
        this.recipient = recipient;
        this.subject = clip(n.subject(), 200);
        this.body = clip(n.text(), MAX_BODY);
        this.trackingId = n.trackingId();
        this.status = DeliveryStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /**
     * Taken for an attempt until {@code leaseUntil}. If the previous attempt is still open, it never finished (the
     * node stopped or crashed while sending, or the attempt outlived its lease): it counts as a failed attempt,
     * retried on the {@link RetrySchedule} or dead-lettered at its end like a refused one, so a message that brings
     * its sender down is not taken up again for ever. False then: it is not to be attempted now.
     */
    public boolean claimed(Instant now, Instant leaseUntil) {
        if (attemptOpen) {
            failed("The attempt did not finish: the sender stopped during it, or it outlived its lease", now);
            return false;
        }
        attemptOpen = true;
        nextAttemptAt = leaseUntil;
        return true;
    }

    /** The channel took it. */
    public void sent(Instant at) {
        attemptOpen = false;
        attempts++;
        status = DeliveryStatus.DELIVERED;
        sentAt = at;
        lastError = null;
    }

    /** The channel refused or was unreachable: retried on the {@link RetrySchedule}, or dead-lettered at its end. */
    public void failed(String error, Instant at) {
        attemptOpen = false;
        attempts++;
        lastError = clip(error, 500);
        RetrySchedule.nextAttempt(attempts, at).ifPresentOrElse(next -> nextAttemptAt = next,
                () -> status = DeliveryStatus.DEAD);
    }

    static String clip(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public Notification notification() {
        return new Notification(subject, body, trackingId);
    }

    public Long id() {
        return id;
    }

    public String channel() {
        return channel;
    }

    public NotificationPurpose purpose() {
        return purpose;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    public String trackingId() {
        return trackingId;
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

    public String lastError() {
        return lastError;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant sentAt() {
        return sentAt;
    }
}
