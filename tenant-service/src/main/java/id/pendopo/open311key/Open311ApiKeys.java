package id.pendopo.open311key;

import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.Validation;
import id.pendopo.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The current tenant's Open311 API keys: created and revoked by its admin, checked on every Open311 POST. Keys
 * are tenant-owned rows, so a key of another regency is not found here and is refused like an unknown one.
 * Call it inside a transaction, like {@link TenantData}.
 */
@ApplicationScoped
public class Open311ApiKeys {

    @Inject
    TenantData data;
    @Inject
    Clock clock;

    public Open311ApiKeys() {
    }

    /** For tools and tests outside a container. */
    public Open311ApiKeys(TenantData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /** A new key named after the app it is for; the answer holds the key, which is not kept. */
    public IssuedApiKey create(String name) {
        new Validation().notBlank(name, "name").maxLength(name == null ? null : name.strip(), Open311ApiKey.MAX_NAME, "name")
                .throwIfInvalid();
        String[] generated = ApiKeyFormat.generate();
        Open311ApiKey key = new Open311ApiKey(generated[0], name.strip(), ApiKeyFormat.hash(generated[1]), clock.instant());
        data.em().persist(key);
        return new IssuedApiKey(key, generated[1]);
    }

    /** Every key of the regency, revoked ones included, newest first. */
    public List<Open311ApiKey> list() {
        return data.em().createQuery("SELECT k FROM Open311ApiKey k ORDER BY k.createdAt DESC, k.id DESC",
                Open311ApiKey.class).getResultList();
    }

    public Optional<Open311ApiKey> find(String keyId) {
        return data.em().createQuery("SELECT k FROM Open311ApiKey k WHERE k.keyId = :k", Open311ApiKey.class)
                .setParameter("k", keyId).getResultStream().findFirst();
    }

    /** Revokes a key at once; revoking a revoked key changes nothing. */
    public Open311ApiKey revoke(String keyId) {
        Open311ApiKey key = find(keyId).orElseThrow(() -> new NotFoundException("Open311 API key", keyId));
        key.revoke(clock.instant());
        return key;
    }

    /** The active key of this regency that {@code presentedKey} is, or {@link InvalidApiKeyException}. */
    public Open311ApiKey verify(String presentedKey) {
        if (presentedKey == null || presentedKey.isBlank()) {
            throw new InvalidApiKeyException("api_key is required to create a service request");
        }
        return ApiKeyFormat.keyIdOf(presentedKey).flatMap(this::find).filter(k -> k.matches(presentedKey))
                .orElseThrow(() -> new InvalidApiKeyException(
                        "Invalid api_key for this jurisdiction: unknown, revoked or issued by another regency"));
    }

    public long count() {
        return data.em().createQuery("SELECT COUNT(k) FROM Open311ApiKey k", Long.class).getSingleResult();
    }
}
