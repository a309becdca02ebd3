package id.pendopo.idempotency;

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
 * The current tenant's remembered idempotent requests. The protocol, for a request with a key, all in the work's
 * one transaction:
 * <ol>
 * <li>{@link #lookup} before doing anything: a remembered answer for the same request is returned as it was;
 * the same key with a different request is refused ({@link IdempotencyKeyReusedException}).
 * <li>Otherwise do the work and {@link #remember} the answer, so the work and the memory of it are stored
 * together or not at all.
 * <li>If that transaction fails because a concurrent request with the same key was remembered first,
 * {@link #once} replays the other's answer in a new one.
 * </ol>
 * Keys are kept per client for {@link #RETENTION}; answers can hold a tracking secret, so they are not kept
 * longer ({@link #forgetOlderThan}).
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final Duration RETENTION = Duration.ofHours(24);
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,100}");

    /** A remembered answer. */
    public record Answer(int status, String body) {
    }

    @Inject
    TenantData data;

    public IdempotentRequests() {
    }

    /** For tools and tests outside a container. */
    public IdempotentRequests(TenantData data) {
        this.data = data;
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

    /** The earlier answer to this very request, in a transaction of its own; see {@link #lookup}. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Answer> replay(String clientId, String key, String fingerprint) {
        return lookup(clientId, key, fingerprint);
    }

    /** The earlier answer to this very request, or empty when the key is new; refuses a reused key. */
    public Optional<Answer> lookup(String clientId, String key, String fingerprint) {
        IdempotentRequest earlier = data.em().find(IdempotentRequest.class, new IdempotentRequest.Key(clientId, key));
        if (earlier == null) {
            return Optional.empty();
        }
        if (!earlier.requestHash().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException(key);
        }
        return Optional.of(new Answer(earlier.responseStatus(), earlier.responseBody()));
    }

    /** Remembers the answer in the caller's transaction; flushed now, so a concurrent twin fails here. */
    public void remember(String clientId, String key, String fingerprint, Answer answer, Instant at) {
        data.em().persist(new IdempotentRequest(clientId, key, fingerprint, answer.status(), answer.body(), at));
        data.em().flush();
    }

    /**
     * Runs {@code work}, which in one transaction calls {@link #lookup} and answers what it found, or does the work
     * and calls {@link #remember}; resolves a race between two concurrent twins by replaying the winner's answer.
     */
    public Answer once(String clientId, String key, String fingerprint, Supplier<Answer> work) {
        try {
            return work.get();
        } catch (IdempotencyKeyReusedException e) {
            throw e;
        } catch (RuntimeException e) {
            // A twin may have committed the same key meanwhile; then its answer is ours. Otherwise the failure stands.
            return replay(clientId, key, fingerprint).orElseThrow(() -> e);
        }
    }

    /** Erases remembered requests older than {@code cutoff}; returns how many. */
    public int forgetOlderThan(Instant cutoff) {
        return data.em().createQuery("DELETE FROM IdempotentRequest r WHERE r.createdAt < :cutoff")
                .setParameter("cutoff", cutoff).executeUpdate();
    }
}
