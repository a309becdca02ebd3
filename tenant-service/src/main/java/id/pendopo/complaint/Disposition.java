package id.pendopo.complaint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * Disposisi: a complaint sent to one agency (OPD), and that agency's one response (tindak lanjut). Reopening
 * the complaint clears the response, because the citizen said it did not solve the matter.
 */
@Entity
@Table(name = "complaint_disposition")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 36)
public class Disposition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false)
    private Complaint complaint;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    @Column(name = "disposed_at", nullable = false)
    private Instant disposedAt;

    @Column(name = "response", length = 4000)
    private String response;

    @Column(name = "responded_at")
    private Instant respondedAt;

    @Column(name = "responder_id", length = 64)
    private String responderId;

    @Column(name = "responder_name", length = 120)
    private String responderName;

    protected Disposition() {
    }

    Disposition(Complaint complaint, long agencyId, Instant disposedAt) {
        this.complaint = complaint;
        this.agencyId = agencyId;
        this.disposedAt = disposedAt;
    }

    void respond(String response, Actor responder, Instant at) {
        this.response = response;
        this.responderId = responder.id();
        this.responderName = responder.displayName();
        this.respondedAt = at;
    }

    void clearResponse() {
        this.response = null;
        this.responderId = null;
        this.responderName = null;
        this.respondedAt = null;
    }

    public Long id() {
        return id;
    }

    public long agencyId() {
        return agencyId;
    }

    public Instant disposedAt() {
        return disposedAt;
    }

    public boolean hasResponded() {
        return respondedAt != null;
    }

    public String response() {
        return response;
    }

    public Instant respondedAt() {
        return respondedAt;
    }

    public Actor responder() {
        return responderId == null ? null : new Actor(responderId, responderName);
    }
}
