package id.pendopo.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Pendopo-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">} keyed with
 * the subscription's secret. The time is signed too, so a receiver can refuse replays of old deliveries. For a day
 * after the secret was rotated there is one {@code v1} per secret, the new one first; a receiver accepts the
 * delivery when any of them matches its secret.
 */
public final class WebhookSignature {

    public static final String HEADER = "Pendopo-Signature";
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private WebhookSignature() {
    }

    public static String header(String secret, Instant at, String body) {
        return header(List.of(secret), at, body);
    }

    public static String header(List<String> secrets, Instant at, String body) {
        long t = at.getEpochSecond();
        StringBuilder h = new StringBuilder("t=").append(t);
        for (String secret : secrets) {
            h.append(",v1=").append(hmac(secret, t + "." + body));
        }
        return h.toString();
    }

    /**
     * What a receiver does: true when {@code header} signs {@code body} with {@code secret} and its time is within
     * {@code tolerance} of {@code now}.
     */
    public static boolean verify(String header, String secret, String body, Instant now, Duration tolerance) {
        if (header == null) {
            return false;
        }
        Long t = null;
        List<String> v1 = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                try {
                    t = Long.parseLong(kv[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1.add(kv[1]);
            }
        }
        if (t == null || v1.isEmpty() || Duration.between(Instant.ofEpochSecond(t), now).abs().compareTo(tolerance) > 0) {
            return false;
        }
        byte[] expected = hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII);
        boolean matches = false;
        for (String signature : v1) {
            matches |= MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
        }
        return matches;
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
