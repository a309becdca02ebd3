package id.pendopo.complaint;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The secret a citizen receives with the tracking id, to reply to and rate their complaint without an account.
 * Only a salted PBKDF2-HMAC-SHA256 hash is stored ({@code pbkdf2-sha256$iterations$salt$hash}), so a leaked
 * database does not let anyone act as the reporter; the iteration count travels with the hash, so hashes made
 * with another count keep working.
 *
 * <p>{@value #ITERATIONS} iterations, not the hundreds of thousands a password needs: the server makes the
 * secret, 12 characters of a 31-letter alphabet (about 59 bits), so guessing it offline from a leaked hash takes
 * years of GPU time per complaint even at one iteration. Password-grade iterations (210,000 at first) cost 48 ms
 * of CPU per report, which capped intake at about 40 reports a second on two cores (docs/benchmarks.md).
 */
public final class TrackingSecret {

    private static final String SCHEME = "pbkdf2-sha256";
    static final int ITERATIONS = 1_000;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    // No 0/O, 1/I/L: citizens read these out over the phone.
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String encoded;

    private TrackingSecret(String encoded) {
        this.encoded = encoded;
    }

    /** A new random secret to hand to the citizen once, e.g. {@code K7MQ-2XPR-9WTD}. */
    public static String generate() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                s.append('-');
            }
            s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return s.toString();
    }

    /** Hashes a secret for storage. */
    public static TrackingSecret hash(String secret) {
        return hash(secret, ITERATIONS);
    }

    /** Hashes with a given iteration count; for tests of hashes made with another count. */
    static TrackingSecret hash(String secret, int iterations) {
        if (secret == null || secret.length() < 8) {
            throw new IllegalArgumentException("A tracking secret needs at least 8 characters");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return new TrackingSecret(SCHEME + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(derive(secret, salt, iterations)));
    }

    /** A hash as stored. */
    public static TrackingSecret fromStored(String encoded) {
        return new TrackingSecret(encoded);
    }

    /** Whether {@code candidate} is the secret; compares in constant time. */
    public boolean matches(String candidate) {
        if (candidate == null) {
            return false;
        }
        String[] parts = encoded.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        Base64.Decoder b64 = Base64.getDecoder();
        byte[] expected = b64.decode(parts[3]);
        byte[] actual = derive(candidate, b64.decode(parts[2]), Integer.parseInt(parts[1]));
        return MessageDigest.isEqual(expected, actual);
    }

    public String encoded() {
        return encoded;
    }

    private static byte[] derive(String secret, byte[] salt, int iterations) {
        // Citizens type the secret: ignore case and the dashes of the printed form.
        char[] normalized = secret.strip().replace("-", "").toUpperCase(java.util.Locale.ROOT).toCharArray();
        try {
            PBEKeySpec spec = new PBEKeySpec(normalized, salt, iterations, HASH_BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "TrackingSecret[hidden]";
    }
}
