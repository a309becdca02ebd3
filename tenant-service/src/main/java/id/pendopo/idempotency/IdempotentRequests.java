package id.pendopo.idempotency;

import id.pendopo.shared.PlatformKey;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The current tenant's remembered idempotent requests. The protocol, for a request with a key:
 * <ol>
 * <li>Do the work and {@link #remember} the answer in the work's transaction, so the work and the memory of it
 * are stored together or not at all.
 * <li>If that transaction fails, for example because the key was remembered before (a retry) or by a concurrent
 * twin, {@link #once} {@link #replay}s the remembered answer, as it was; the same key with a different request
 * is refused ({@link IdempotencyKeyReusedException}); with no remembered answer the failure stands.
 * </ol>
 * Remembering is the check: retries are rare, so redoing a retry's work and rolling it back costs less than a
 * look-up in every request (it was a tenth of a complaint submission's CPU).
 * Keys are kept per client for {@link #RETENTION}; answers can hold a tracking secret, so they are not kept
 * longer ({@link #forgetOlderThan}), and they are stored sealed under the {@link PlatformKey} with a key of their own
 * request's, so a copy of the database does not show a reporter's secret.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final Duration RETENTION = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");
    private static final String SEALED = "v1:";
    private static final String PURPOSE = "pendopo idempotent answer";

    /** A remembered answer. */
    public record Answer(int status, String body) {
    }

    @Inject
    TenantData data;
    @Inject
    PlatformKey platformKey;

    public IdempotentRequests() {
    }

    /** For tools and tests outside a container. */
    public IdempotentRequests(TenantData data, PlatformKey platformKey) {
        this.data = data;
        this.platformKey = platformKey;
    }

    /** Checks the key's form: 1 to 100 visible ASCII characters (a UUID is typical). */
    public static String validKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw ValidationException.of("Idempotency-Key", "must be 1 to 100 visible ASCII characters, e.g. a UUID");
        }
        return key;
    }

    /** The SHA-256 of a request's method, path and body: what "the same request" means. */
    public static String fingerprint(String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body == null ? new byte[0] : body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The earlier answer to this very request, in a transaction of its own, or empty when the key is new; refuses a
     * reused key.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Answer> replay(String clientId, String key, String fingerprint) {
        IdempotentRequest earlier = data.em().find(IdempotentRequest.class, new IdempotentRequest.Key(clientId, storedKey(key)));
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.requestHash().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(key);
        }
        String body = earlier.responseBody();
        if (body != null && body.startsWith(SEALED)) {
            // Thrown on when the platform key changed within the day: the work was done, its answer cannot be given.
            body = seal(clientId, key, fingerprint).open(body.substring(SEALED.length()));
        }
        return Optional.of(new Answer(earlier.responseStatus(), body));
    }

    /** Remembers the answer in the caller's transaction; flushed now, so a retry or a concurrent twin fails here. */
    public void remember(String clientId, String key, String fingerprint, Answer answer, Instant at) {
        String sealed = answer.body() == null ? null : SEALED + seal(clientId, key, fingerprint).seal(answer.body());
        data.em().persist(new IdempotentRequest(clientId, storedKey(key), fingerprint, answer.status(), sealed, at));
        data.em().flush();
    }

    /**
     * Runs {@code work}, which does the work and calls {@link #remember} in one transaction; when that fails, answers
     * the remembered answer of this request if there is one (a retry, or a twin that won the race).
     */
    public Answer once(String clientId, String key, String fingerprint, Supplier<Answer> work) {
        try {
            return work.get();
        } catch (IdempotencyKeyReusedException e) {
            throw e;
        } catch (RuntimeException e) {
            // The key was remembered before or by a twin meanwhile: that answer is ours. Otherwise the failure stands.
            return replay(clientId, key, fingerprint).orElseThrow(() -> e);
        }
    }

    /**
     * The key as stored: its SHA-256 in hex. The database compares the hash, whose letters are all small, so keys that
     * differ only in case stay two keys under MySQL's usual case-insensitive collation too, and the key a client chose
     * is not kept. Keys remembered before were given their hash by migration V24.
     */
    public static String storedKey(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A remembered answer opens only for the request it answered. */
    private PlatformKey.Seal seal(String clientId, String key, String fingerprint) {
        return platformKey.sealFor(PURPOSE, clientId, key, fingerprint);
    }

    /** Erases remembered requests older than {@code cutoff}; returns how many. */
    public int forgetOlderThan(Instant cutoff) {
        return data.em().createQuery("DELETE FROM IdempotentRequest r WHERE r.createdAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
