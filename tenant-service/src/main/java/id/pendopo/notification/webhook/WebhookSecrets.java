package id.pendopo.notification.webhook;

import id.pendopo.shared.PlatformKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Seals webhook signing secrets for the database and opens them to sign a delivery. The server must sign with the
 * secret itself, so it cannot keep only a hash; it keeps it sealed under the {@link PlatformKey} instead, so a copy of
 * the database (a backup, a replica, a dump handed to support) does not let anyone forge deliveries.
 *
 * <p>Stored form: {@code v1:} and the sealed value. A value without that prefix is a secret stored before sealing
 * existed, and is used as it is until it is rotated.
 */
@ApplicationScoped
public class WebhookSecrets {

    private static final String PREFIX = "v1:";
    private static final String PURPOSE = "pendopo webhook signing secret";

    /** A stored secret that this platform's key cannot open: sealed under another key, or damaged. */
    public static final class UnreadableSecretException extends RuntimeException {
        UnreadableSecretException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    @Inject
    PlatformKey platformKey;

    private PlatformKey.Seal seal;

    public WebhookSecrets() {
    }

    /** For tests and tools outside a container: seals with {@code key} (32 bytes). */
    public WebhookSecrets(byte[] key) {
        this.seal = new PlatformKey(key).sealFor(PURPOSE);
    }

    @PostConstruct
    void init() {
        seal = platformKey.sealFor(PURPOSE);
    }

    /** The stored form of {@code secret}. */
    public String seal(String secret) {
        return PREFIX + seal.seal(secret);
    }

    /** The secret of a stored value; one stored before sealing existed is returned as it is. */
    public String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        try {
            return seal.open(stored.substring(PREFIX.length()));
        } catch (PlatformKey.UnreadableException e) {
            throw new UnreadableSecretException("the signing secret was sealed with another platform key"
                    + " (pendopo.webhooks.secret-key) or is damaged; rotate the webhook's secret", e);
        }
    }

    /** Whether {@code stored} is sealed (not a secret kept as it was before sealing existed). */
    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }
}
