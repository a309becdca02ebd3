package id.pendopo.tenancy;

import id.pendopo.shared.ConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * One regency government (kabupaten or kota) using Pendopo. It is identified by its Kemendagri region code
 * (e.g. {@code 12.05}, Kabupaten Langkat) and by a slug ({@code langkat}) that names its identity
 * organization and its Open311 jurisdiction.
 *
 * <p>The lifecycle is PROVISIONING, then ACTIVE, which can be SUSPENDED and reactivated; a tenant is ARCHIVED
 * before it may be purged. Each transition is a method here that refuses what the current status does not
 * allow, so the console and the API offer the same actions.
 */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, unique = true, length = 13)
    private String kode;

    @Column(nullable = false, unique = true, length = 40)
    private String slug;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "province_kode", nullable = false, length = 2)
    private String provinceKode;

    @Column(name = "province_name", nullable = false, length = 120)
    private String provinceName;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_zone", nullable = false, length = 4)
    private RegionalTime timeZone;

    @Column(name = "default_locale", nullable = false, length = 5)
    private String defaultLocale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private TenantStatus status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Embedded
    private Branding branding;

    @Embedded
    private Contact contact;

    @Column(name = "tracking_prefix", length = 3, unique = true)
    private String trackingPrefix;

    @Column(name = "identity_org_id", length = 64)
    private String identityOrgId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Tenant() {
    }

    /** A tenant whose provisioning has just begun. */
    public Tenant(String kode, String slug, String name, String provinceKode, String provinceName,
            RegionalTime timeZone, Locale defaultLocale, Branding branding, Contact contact, Instant now) {
        this.id = UUID.randomUUID().toString();
        this.kode = kode;
        this.slug = slug;
        this.name = name;
        this.provinceKode = provinceKode;
        this.provinceName = provinceName;
        this.timeZone = timeZone;
        this.defaultLocale = defaultLocale.toLanguageTag();
        this.branding = branding;
        this.contact = contact;
        this.status = TenantStatus.PROVISIONING;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Provisioning finished: the identity organization exists and the tenant's staff may sign in. */
    public void activate(String identityOrgId, Instant now) {
        requireStatus("activate", TenantStatus.PROVISIONING);
        this.identityOrgId = identityOrgId;
        changeStatus(TenantStatus.ACTIVE, null, now);
    }

    public void suspend(String reason, Instant now) {
        requireStatus("suspend", TenantStatus.ACTIVE);
        changeStatus(TenantStatus.SUSPENDED, reason, now);
    }

    public void reactivate(Instant now) {
        requireStatus("reactivate", TenantStatus.SUSPENDED);
        changeStatus(TenantStatus.ACTIVE, null, now);
    }

    public void archive(String reason, Instant now) {
        requireStatus("archive", TenantStatus.ACTIVE, TenantStatus.SUSPENDED);
        changeStatus(TenantStatus.ARCHIVED, reason, now);
    }

    /**
     * Refuses a purge unless the tenant is archived and the operator typed the slug exactly. Typing the slug
     * is the guard against deleting the wrong regency from a list of similar names.
     */
    public void checkPurgeAllowed(String typedSlug) {
        requireStatus("purge", TenantStatus.ARCHIVED);
        if (!slug.equals(typedSlug)) {
            throw new ConflictException("purge-confirmation-mismatch",
                    "To purge tenant '" + slug + "' type its slug exactly; got '" + typedSlug + "'");
        }
    }

    /** Gives the tenant its platform-unique tracking id prefix, e.g. LKT; once given, it never changes. */
    public void assignTrackingPrefix(String prefix) {
        if (trackingPrefix != null) {
            throw new ConflictException("tracking-prefix-assigned", "Tenant '" + slug + "' already has prefix " + trackingPrefix);
        }
        if (prefix == null || !TrackingPrefixes.FORMAT.matcher(prefix).matches()) {
            throw new IllegalArgumentException("A tracking prefix is three capital letters, not " + prefix);
        }
        this.trackingPrefix = prefix;
    }

    public void rebrand(Branding branding, Contact contact, Instant now) {
        this.branding = branding;
        this.contact = contact;
        this.updatedAt = now;
    }

    public boolean canSuspend() {
        return status == TenantStatus.ACTIVE;
    }

    public boolean canReactivate() {
        return status == TenantStatus.SUSPENDED;
    }

    public boolean canArchive() {
        return status == TenantStatus.ACTIVE || status == TenantStatus.SUSPENDED;
    }

    public boolean canPurge() {
        return status == TenantStatus.ARCHIVED;
    }

    private void requireStatus(String action, TenantStatus... allowed) {
        for (TenantStatus s : allowed) {
            if (status == s) {
                return;
            }
        }
        throw new ConflictException("illegal-tenant-transition",
                "Cannot " + action + " tenant '" + slug + "' while it is " + status);
    }

    private void changeStatus(TenantStatus next, String reason, Instant now) {
        this.status = next;
        this.statusReason = reason;
        this.updatedAt = now;
    }

    public TenantRef ref() {
        return new TenantRef(id, slug);
    }

    public String id() {
        return id;
    }

    public String kode() {
        return kode;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public String provinceKode() {
        return provinceKode;
    }

    public String provinceName() {
        return provinceName;
    }

    public RegionalTime timeZone() {
        return timeZone;
    }

    public Locale defaultLocale() {
        return Locale.forLanguageTag(defaultLocale);
    }

    public TenantStatus status() {
        return status;
    }

    public String statusReason() {
        return statusReason;
    }

    public Branding branding() {
        return branding;
    }

    public Contact contact() {
        return contact;
    }

    public String trackingPrefix() {
        return trackingPrefix;
    }

    public String identityOrgId() {
        return identityOrgId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
