package id.pendopo.open311key;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an Open311 API key looks: {@code p311.<keyId>.<secret>}, with a 12-character key id that finds the stored
 * row in one indexed read and a 43-character secret of 256 random bits (URL-safe Base64, no padding), so that
 * a key survives a form field, a query string and a config file unchanged. The secret has full entropy, so one
 * SHA-256 of the whole key is enough to store it: there is nothing to guess, and slow hashes would only slow
 * down every request.
 */
public final class ApiKeyFormat {

    public static final String PREFIX = "p311";
    private static final Pattern FORMAT = Pattern.compile("p311\\.([a-z0-9]{12})\\.([A-Za-z0-9_-]{43})");
    private static final char[] ID_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiKeyFormat() {
    }

    /** A new key id and key. */
    static String[] generate() {
        StringBuilder id = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            id.append(ID_ALPHABET[RANDOM.nextInt(ID_ALPHABET.length)]);
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String keyId = id.toString();
        return new String[] {keyId, PREFIX + "." + keyId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(secret)};
    }

    /** The key id of a presented key, if it has the form of a key at all. */
    public static Optional<String> keyIdOf(String presentedKey) {
        if (presentedKey == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(presentedKey.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Lowercase hex SHA-256 of the key's UTF-8 bytes. */
    static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Constant-time comparison of a stored hash with the hash of a presented key. */
    static boolean hashMatches(String storedHash, String presentedKey) {
        if (storedHash == null || presentedKey == null) {
            return false;
        }
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(presentedKey).getBytes(StandardCharsets.US_ASCII));
    }
}
