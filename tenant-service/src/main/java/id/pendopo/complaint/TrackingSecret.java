package id.pendopo.complaint;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The secret a citizen receives with the tracking id, to reply to and rate their complaint without an account.
 * Only a salted hash is stored, so a leaked database does not let anyone act as the reporter.
 *
 * <p>The server makes the secret: {@value #LENGTH} characters of a 31-letter alphabet, about 79 bits of chance.
 * Guessing that from a leaked hash is out of reach even at one SHA-256 per guess (2^79 guesses at 10^10 a second
 * take over a million GPU-years), so the stored form is {@code sha256$salt$hash}, one salted SHA-256: stretching
 * only pays for secrets people choose. Hashes of the earlier 12-character secrets ({@code
 * pbkdf2-sha256$iterations$salt$hash}, about 59 bits, hence stretched) keep working.
 */
public final class TrackingSecret {

    private static final String SCHEME = "sha256";
    private static final String STRETCHED = "pbkdf2-sha256";
    /** The characters of a secret, without the dashes of its printed form. */
    static final int LENGTH = 16;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    // No 0/O, 1/I/L: citizens read these out over the phone.
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String encoded;

    private TrackingSecret(String encoded) {
        this.encoded = encoded;
    }

    /**
     * A new random secret to hand to the citizen once, e.g. {@code K7MQ-2XPR-9WTD-4HNC}. The randomness is drawn in
     * one call: the default {@link SecureRandom} reads {@code /dev/urandom} under one JVM-wide lock per call, and a
     * call per character made concurrent reports queue on it.
     */
    public static String generate() {
        StringBuilder s = new StringBuilder(LENGTH + LENGTH / 4);
        byte[] random = new byte[2 * LENGTH];
        int used = random.length;
        while (s.length() < LENGTH + (LENGTH - 1) / 4) {
            if (used == random.length) {
                RANDOM.nextBytes(random);
                used = 0;
            }
            // 5 random bits give 0..31; dropping 31 keeps the 31 letters equally likely.
            int letter = random[used++] & 0x1F;
            if (letter < ALPHABET.length) {
                if (s.length() % 5 == 4) {
                    s.append('-');
                }
                s.append(ALPHABET[letter]);
            }
        }
        return s.toString();
    }

    /** Hashes a secret made by {@link #generate} for storage; refuses anything shorter, which one hash would not protect. */
    public static TrackingSecret hash(String secret) {
        char[] normalized = secret == null ? new char[0] : normalize(secret);
        if (normalized.length < LENGTH) {
            throw new IllegalArgumentException("A tracking secret has " + LENGTH + " characters");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return new TrackingSecret(SCHEME + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(sha256(normalized, salt)));
    }

    /** A stretched hash as the earlier secrets were stored; for tests of those. */
    static TrackingSecret stretched(String secret, int iterations) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return new TrackingSecret(STRETCHED + "$" + iterations + "$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(pbkdf2(normalize(secret), salt, iterations)));
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
        Base64.Decoder b64 = Base64.getDecoder();
        char[] typed = normalize(candidate);
        if (parts.length == 3 && SCHEME.equals(parts[0])) {
            return MessageDigest.isEqual(b64.decode(parts[2]), sha256(typed, b64.decode(parts[1])));
        }
        if (parts.length == 4 && STRETCHED.equals(parts[0])) {
            return MessageDigest.isEqual(b64.decode(parts[3]), pbkdf2(typed, b64.decode(parts[2]), Integer.parseInt(parts[1])));
        }
        return false;
    }

    public String encoded() {
        return encoded;
    }

    /** Citizens type the secret: case and the dashes of the printed form do not count. */
    private static char[] normalize(String secret) {
        return secret.strip().replace("-", "").toUpperCase(java.util.Locale.ROOT).toCharArray();
    }

    private static byte[] sha256(char[] secret, byte[] salt) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(new String(secret).getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] pbkdf2(char[] secret, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(secret, salt, iterations, HASH_BITS);
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
