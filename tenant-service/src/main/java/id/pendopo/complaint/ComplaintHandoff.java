package id.pendopo.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import id.pendopo.tenancy.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Pelimpahan: a complaint one regency forwarded to another regency of the platform, until the receiving regency
 * has its own copy. Written in the forwarding's transaction (so a forwarding is never lost), and marked
 * {@link Status#DONE} in the transaction that creates the copy (so the copy is made once). Both regencies read
 * it: a platform row, not tenant-owned, and every query names the tenant it is about.
 */
@Entity
@Table(name = "complaint_handoff")
public class ComplaintHandoff {

    /** The waits after the first, second, third and every later failed attempt. */
    private static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(5), Duration.ofMinutes(15),
            Duration.ofHours(1), Duration.ofHours(6));

    public enum Status {
        /** Waiting for the receiving regency's copy. */
        PENDING,
        /** The receiving regency has the copy, {@link #targetTrackingId()}. */
        DONE,
        /** Given up: the receiving regency was closed (archived or purged); see {@link #lastError()}. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "source_tenant_id", nullable = false, length = 36)
    private String sourceTenantId;

    @Column(name = "source_name", nullable = false, length = 200)
    private String sourceName;

    @Column(name = "source_tracking_id", nullable = false, length = 13)
    private String sourceTrackingId;

    @Column(name = "target_tenant_id", nullable = false, length = 36)
    private String targetTenantId;

    @Column(name = "target_name", nullable = false, length = 200)
    private String targetName;

    @Column(name = "note", length = Complaint.MAX_NOTE)
    private String note;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 12)
    private Status status;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "target_tracking_id", length = 13)
    private String targetTrackingId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected ComplaintHandoff() {
    }

    ComplaintHandoff(Tenant source, TrackingId complaint, Tenant target, String note, Instant at) {
        this.sourceTenantId = source.id();
        this.sourceName = source.name();
        this.sourceTrackingId = complaint.value();
        this.targetTenantId = target.id();
        this.targetName = target.name();
        this.note = note;
        this.status = Status.PENDING;
        this.nextAttemptAt = at;
        this.createdAt = at;
    }

    /** The receiving regency has its copy. */
    void done(TrackingId copy, Instant at) {
        status = Status.DONE;
        targetTrackingId = copy.value();
        doneAt = at;
        lastError = null;
    }

    /**
     * An attempt failed at {@code at}: tried again after a wait that grows from 5 minutes to 6 hours, for as long as
     * it takes (a suspended regency can come back; a regency without active categories can add one), unless
     * {@code giveUp}, because the receiving regency is closed for good.
     */
    void failed(String why, boolean giveUp, Instant at) {
        attempts++;
        lastError = why == null ? null : why.length() > 500 ? why.substring(0, 500) : why;
        nextAttemptAt = at.plus(BACKOFF.get(Math.min(attempts, BACKOFF.size()) - 1));
        if (giveUp) {
            status = Status.FAILED;
        }
    }

    public long id() {
        return id;
    }

    public String sourceTenantId() {
        return sourceTenantId;
    }

    public TrackingId sourceTrackingId() {
        return TrackingId.parse(sourceTrackingId);
    }

    public String targetTenantId() {
        return targetTenantId;
    }

    /** The forwarding regency's name at the time. */
    public String sourceName() {
        return sourceName;
    }

    /** The receiving regency's name at the time. */
    public String targetName() {
        return targetName;
    }

    public Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    /** The forwarding coordinator's note, if any. */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public Status status() {
        return status;
    }

    public int attempts() {
        return attempts;
    }

    public Optional<String> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** The receiving regency's copy, once {@link Status#DONE}. */
    public Optional<TrackingId> targetTrackingId() {
        return Optional.ofNullable(targetTrackingId).map(TrackingId::parse);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> doneAt() {
        return Optional.ofNullable(doneAt);
    }
}
