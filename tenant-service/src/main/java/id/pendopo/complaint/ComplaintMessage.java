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
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One message in a complaint's conversation: a public reply between staff and the reporter, or an internal note
 * between staff. The visibility is fixed when written, so a note can never turn into a reply by mistake.
 */
@Entity
@Table(name = "complaint_message")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 36)
public class ComplaintMessage {

    public static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "complaint_id", nullable = false)
    private Complaint complaint;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 16)
    private MessageVisibility visibility;

    @Column(name = "author_id", nullable = false, length = 64)
    private String authorId;

    @Column(name = "author_name", nullable = false, length = 120)
    private String authorName;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "posted_at", nullable = false)
    private Instant postedAt;

    protected ComplaintMessage() {
    }

    ComplaintMessage(Complaint complaint, MessageVisibility visibility, Actor author, String body, Instant postedAt) {
        this.complaint = complaint;
        this.visibility = visibility;
        this.authorId = author.id();
        this.authorName = author.displayName();
        this.body = body;
        this.postedAt = postedAt;
    }

    public Long id() {
        return id;
    }

    public MessageVisibility visibility() {
        return visibility;
    }

    public Actor author() {
        return new Actor(authorId, authorName);
    }

    public String body() {
        return body;
    }

    public Instant postedAt() {
        return postedAt;
    }
}
