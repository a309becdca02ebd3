package id.pendopo.notification.webhook;

import id.pendopo.complaint.ComplaintEventType;
import id.pendopo.shared.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * An endpoint that wants to hear of complaint changes of one tenant: its URL, the events it listens to (all
 * when none are named), and the secret its deliveries are signed with. The secret is generated here and handed
 * to the caller once, at registration; Pendopo keeps it to sign, so it cannot be hashed, and keeps it sealed
 * ({@link WebhookSecrets}) instead.
 *
 * <p>URLs must be HTTPS. Plain HTTP is accepted only for {@code localhost}/{@code 127.0.0.1}, and only where
 * the platform allows it (tests, development), because a webhook URL makes the server call out.
 */
@Entity
@Table(name = "webhook_subscription")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 36)
public class WebhookSubscription {

    public static final int MAX_URL = 2000;
    /** How long a rotated-out secret keeps signing deliveries next to the new one. */
    public static final Duration ROTATION_GRACE = Duration.ofHours(24);
    private static final String ALL = "*";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", length = 100)
    private String clientId;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "url", nullable = false, length = MAX_URL)
    private String url;

    /** Sealed by {@link WebhookSecrets}. */
    @Column(name = "signing_secret", nullable = false, length = 255)
    private String secret;

    @Column(name = "previous_signing_secret", length = 255)
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    @Column(name = "events", nullable = false, length = 1000)
    private String events;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WebhookSubscription() {
    }

    /**
     * A new active subscription of {@code caller}, with no secret yet ({@link #issueSecret}). {@code events} are
     * {@link ComplaintEventType} names; null or empty means every event.
     */
    public static WebhookSubscription register(WebhookCaller caller, String url, Collection<String> events,
            boolean allowLocalHttp, Instant now) {
        Validation v = new Validation().notBlank(url, "url").maxLength(url, MAX_URL, "url");
        if (url != null && !url.isBlank() && url.length() <= MAX_URL) {
            v.require(acceptable(url.strip(), allowLocalHttp), "url", allowLocalHttp
                    ? "must be an https:// URL (http:// only for localhost or 127.0.0.1), without user info or fragment"
                    : "must be an https:// URL without user info or fragment");
        }
        Set<ComplaintEventType> types = EnumSet.noneOf(ComplaintEventType.class);
        if (events != null) {
            for (String e : events) {
                try {
                    types.add(ComplaintEventType.valueOf(e == null ? "" : e.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException unknown) {
                    v.require(false, "events", "unknown event '" + e + "'; known: " + Arrays.toString(ComplaintEventType.values()));
                }
            }
        }
        v.throwIfInvalid();
        WebhookSubscription s = new WebhookSubscription();
        s.clientId = caller.clientId();
        s.createdBy = caller.name();
        s.url = url.strip();
        s.events = types.isEmpty() ? ALL : types.stream().map(Enum::name).collect(Collectors.joining(","));
        s.active = true;
        s.createdAt = now;
        return s;
    }

    static boolean acceptable(String url, boolean allowLocalHttp) {
        try {
            URI u = new URI(url);
            if (u.getHost() == null || u.getRawUserInfo() != null || u.getRawFragment() != null) {
                return false;
            }
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if (scheme.equals("https")) {
                return true;
            }
            String host = u.getHost().toLowerCase(Locale.ROOT);
            return allowLocalHttp && scheme.equals("http") && (host.equals("localhost") || host.equals("127.0.0.1"));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return "whsec_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public boolean listensTo(ComplaintEventType event) {
        return active && (ALL.equals(events) || Arrays.asList(events.split(",")).contains(event.name()));
    }

    public Long id() {
        return id;
    }

    /** The API client that owns it; empty for one a tenant admin registered. */
    public String clientId() {
        return clientId;
    }

    public String createdBy() {
        return createdBy;
    }

    public String url() {
        return url;
    }

    /** Gives a new subscription its signing secret and returns it, to be shown to the caller this once. */
    public String issueSecret(WebhookSecrets box) {
        if (secret != null) {
            throw new IllegalStateException("The webhook has a secret; rotate it instead");
        }
        String plain = newSecret();
        secret = box.seal(plain);
        return plain;
    }

    /**
     * Replaces the signing secret and returns the new one. The old one keeps signing next to it for
     * {@link #ROTATION_GRACE}, so a receiver can switch to the new one without refusing deliveries in between.
     * Rotating again within that time ends the older secret at once. A secret kept unsealed from before sealing
     * existed is sealed now.
     */
    public String rotateSecret(Instant now, WebhookSecrets box) {
        previousSecret = WebhookSecrets.isSealed(secret) ? secret : box.seal(secret);
        previousSecretUntil = now.plus(ROTATION_GRACE);
        String plain = newSecret();
        secret = box.seal(plain);
        return plain;
    }

    /**
     * The secrets deliveries are signed with at {@code now}: the current one, and a rotated-out one still in grace.
     * Throws {@link WebhookSecrets.UnreadableSecretException} when the platform's key cannot open them.
     */
    public List<String> signingSecrets(Instant now, WebhookSecrets box) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? List.of(box.open(secret), box.open(previousSecret)) : List.of(box.open(secret));
    }

    /** The secret as stored: sealed, or as it was kept before sealing existed (for tests and checks). */
    String storedSecret() {
        return secret;
    }

    /** The events listened to; empty means all. */
    public Set<ComplaintEventType> events() {
        if (ALL.equals(events)) {
            return EnumSet.noneOf(ComplaintEventType.class);
        }
        return Arrays.stream(events.split(",")).map(ComplaintEventType::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ComplaintEventType.class)));
    }

    public boolean active() {
        return active;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
