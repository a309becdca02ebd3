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
 * The record that a complaint's deadline was missed and the coordinators and the tenant admin were told. One per
 * complaint, deadline and due instant (a unique key guards it): a deadline is escalated once, and the new
 * follow-up deadline after a reopening once more.
 */
@Entity
@Table(name = "complaint_escalation")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 36)
public class Escalation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "tracking_id", nullable = false, length = 13)
    private String trackingId;

    @Enumerated(EnumType.STRING)
    @Column(name = "deadline", nullable = false, length = 16)
    private Deadline deadline;

    @Column(name = "due_at", nullable = false)
    private Instant dueAt;

    @Column(name = "escalated_at", nullable = false)
    private Instant escalatedAt;

    @Column(name = "recipients", nullable = false)
    private int recipients;

    protected Escalation() {
    }

    public Escalation(long complaintId, String trackingId, Deadline deadline, Instant dueAt, Instant escalatedAt,
            int recipients) {
        this.complaintId = complaintId;
        this.trackingId = trackingId;
        this.deadline = deadline;
        this.dueAt = dueAt;
        this.escalatedAt = escalatedAt;
        this.recipients = recipients;
    }

    public Long id() {
        return id;
    }

    public long complaintId() {
        return complaintId;
    }

    public String trackingId() {
        return trackingId;
    }

    public Deadline deadline() {
        return deadline;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Instant escalatedAt() {
        return escalatedAt;
    }

    /** How many people were told; 0 when nobody could be found (logged as a warning). */
    public int recipients() {
        return recipients;
    }
}
