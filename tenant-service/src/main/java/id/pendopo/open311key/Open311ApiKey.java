package id.pendopo.open311key;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One Open311 API key of a regency, as the platform keeps it: a public key id, the name the admin gave it (the
 * app or partner it is for), and the SHA-256 of the key. The key itself is shown once, when it is created.
 * A revoked key stays listed, so the admin can see which app lost access and when.
 */
@Entity
@Table(name = "open311_api_key")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 36)
public class Open311ApiKey {

    public static final int MAX_NAME = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "key_id", nullable = false, length = 16)
    private String keyId;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected Open311ApiKey() {
    }

    Open311ApiKey(String keyId, String name, String keyHash, Instant createdAt) {
        this.keyId = keyId;
        this.name = name;
        this.keyHash = keyHash;
        this.createdAt = createdAt;
    }

    /** Revoking twice keeps the first instant. */
    void revoke(Instant at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    boolean matches(String presentedKey) {
        return revokedAt == null && ApiKeyFormat.hashMatches(keyHash, presentedKey);
    }

    public String keyId() {
        return keyId;
    }

    public String name() {
        return name;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> revokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public boolean active() {
        return revokedAt == null;
    }
}
