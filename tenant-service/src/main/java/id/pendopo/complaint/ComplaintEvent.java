package id.pendopo.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One entry of a complaint's timeline: what happened, the status it led to, who did it, when, and their note.
 * Written only by {@link Complaint}'s transitions and never changed afterwards; it is the audit trail the
 * SP4N reports and the citizen's "riwayat" are built from.
 */
@Entity
@Table(name = "complaint_event")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 36)
public class ComplaintEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 32)
    private ComplaintEventType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status_after", nullable = false, length = 24)
    private ComplaintStatus statusAfter;

    @Column(name = "actor_id", nullable = false, length = 64)
    private String actorId;

    @Column(name = "actor_name", nullable = false, length = 120)
    private String actorName;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "note", length = 4000)
    private String note;

    protected ComplaintEvent() {
    }

    ComplaintEvent(Complaint complaint, ComplaintEventType type, ComplaintStatus statusAfter, Actor actor,
            Instant occurredAt, String note) {
        this.complaint = complaint;
        this.type = type;
        this.statusAfter = statusAfter;
        this.actorId = actor.id();
        this.actorName = actor.displayName();
        this.occurredAt = occurredAt;
        this.note = note;
    }

    public Long id() {
        return id;
    }

    public ComplaintEventType type() {
        return type;
    }

    public ComplaintStatus statusAfter() {
        return statusAfter;
    }

    public Actor actor() {
        return new Actor(actorId, actorName);
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    /**
     * The note as {@code viewer} may read it: coordinators every note; agency officers every note but why the
     * privacy was raised (typically who the reporter is: "pelapor pegawai dinas ini", and the agency may be that
     * one); the reporter the notes written for citizens and their own words; the public the notes written for
     * citizens, once the complaint is public.
     */
    public Optional<String> noteAsSeenBy(Viewer viewer) {
        boolean readable = switch (viewer) {
            case COORDINATOR -> true;
            case AGENCY_OFFICER -> type != ComplaintEventType.PRIVACY_RAISED;
            case REPORTER -> type.noteIsForCitizen() || type.noteIsReporters();
            case PUBLIC -> type.noteIsForCitizen() && complaint.isPublic();
        };
        return readable ? Optional.ofNullable(note) : Optional.empty();
    }

    public String note() {
        return note;
    }
}
