package id.pendopo.complaint;

import id.pendopo.shared.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.regex.Pattern;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A kind of matter citizens report, e.g. roads or waste collection, as the tenant defines it. Open311 publishes
 * the active ones as services, with the code as {@code service_code}. A category in use is deactivated, never
 * deleted, because complaints keep its code.
 */
@Entity
@Table(name = "complaint_category")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 36)
public class ComplaintCategory {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,39}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 1000)
    private String description;

    /** Comma-separated words that help duplicate hints and Open311 clients find the category. */
    @Column(length = 500)
    private String keywords;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ComplaintCategory() {
    }

    public ComplaintCategory(String code, String name, String description, String keywords, Instant now) {
        new Validation().notBlank(code, "code").matches(code, CODE, "code",
                        "must be 1-40 capital letters, digits, '-' or '_'")
                .notBlank(name, "name").maxLength(name, 120, "name")
                .maxLength(description, 1000, "description").maxLength(keywords, 500, "keywords")
                .throwIfInvalid();
        this.code = code;
        this.name = name.strip();
        this.description = description;
        this.keywords = keywords;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public String keywords() {
        return keywords;
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public void deactivate() {
        active = false;
    }

    public void activate() {
        active = true;
    }
}
