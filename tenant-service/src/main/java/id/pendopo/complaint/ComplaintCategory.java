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

    /** When it was made, renamed, or switched on or off: Open311 clients refresh their services after it. */
    @Column(name = "changed_at")
    private Instant changedAt;

    protected ComplaintCategory() {
    }

    public ComplaintCategory(String code, String name, String description, String keywords, Instant now) {
        Validation check = new Validation().notBlank(code, "code").matches(code, CODE, "code",
                "must be 1-40 capital letters, digits, '-' or '_'");
        wording(check, name, description, keywords).throwIfInvalid();
        this.code = code;
        this.createdAt = now;
        this.changedAt = now;
        word(name, description, keywords);
    }

    /**
     * Renames the category and rewrites its description and keywords. The code stays: complaints, Open311
     * clients and reports know the category by it.
     */
    public void describe(String name, String description, String keywords, Instant at) {
        wording(new Validation(), name, description, keywords).throwIfInvalid();
        word(name, description, keywords);
        changedAt = at;
    }

    private static Validation wording(Validation check, String name, String description, String keywords) {
        return check.notBlank(name, "name").maxLength(strip(name), 120, "name")
                .maxLength(strip(description), 1000, "description").maxLength(strip(keywords), 500, "keywords");
    }

    private void word(String name, String description, String keywords) {
        this.name = name.strip();
        this.description = blankToNull(description);
        this.keywords = blankToNull(keywords);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
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

    public Instant changedAt() {
        return changedAt == null ? createdAt : changedAt;
    }

    public void deactivate(Instant at) {
        active = false;
        changedAt = at;
    }

    public void activate(Instant at) {
        active = true;
        changedAt = at;
    }
}
