package id.pendopo.api.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers bearer tokens that MicroProfile JWT has already verified, until they expire.
 *
 * <p>An API client sends the same token with every request for its lifetime (five minutes with Keycloak's
 * defaults), and Payara verifies it afresh each time: it parses the cached JWKS into a key, checks the RSA signature
 * and parses the claims. That was a fifth of the CPU of a complaint submission. The outcome for the same token
 * bytes cannot change except through time. So once a request was authenticated with a token, the API's filter
 * calls {@link #remember}, and this store, asked before Payara's, answers the same token with the same result until
 * the token's {@code exp} passes (and for at most {@code pendopo.api.verified-token-seconds}, 300). Every other
 * token, and every refused one, it leaves to Payara's store ({@code NOT_VALIDATED}).
 *
 * <p>Tokens are kept by their SHA-256, never as text; at most {@link #MAX_TOKENS} at once, then all are forgotten.
 * Consequence: a signing key withdrawn from Keycloak stops the tokens it signed when they expire, not at once;
 * MicroProfile JWT has no revocation either.
 */
@ApplicationScoped
public class VerifiedTokens implements IdentityStore {

    static final int MAX_TOKENS = 10_000;

    private record Verified(CredentialValidationResult result, Instant until) {
    }

    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "pendopo.api.verified-token-seconds", defaultValue = "300")
    int keepSeconds;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();
    /** Per credential class, how to read its bearer token: Payara's class is not on this application's class path. */
    private final Map<Class<?>, Optional<MethodHandle>> readers = new ConcurrentHashMap<>();

    public VerifiedTokens() {
    }

    /** For tools and tests outside a container. */
    VerifiedTokens(Clock clock, Duration keep) {
        this.clock = clock;
        this.keepSeconds = (int) keep.toSeconds();
    }

    /** Before Payara's store, which has the default priority (100). */
    @Override
    public int priority() {
        return 10;
    }

    @Override
    public CredentialValidationResult validate(Credential credential) {
        Optional<String> token = tokenOf(credential);
        if (token.isEmpty()) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String key = sha256(token.get());
        Verified known = verified.get(key);
        if (known == null) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        if (!clock.instant().isBefore(known.until())) {
            verified.remove(key);
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return known.result();
    }

    /** Remembers a token the container has just accepted for a request, with its caller and groups. */
    public void remember(JsonWebToken jwt) {
        if (!(jwt instanceof CallerPrincipal caller) || jwt.getRawToken() == null || jwt.getExpirationTime() <= 0) {
            return;
        }
        Instant now = clock.instant();
        Instant until = Instant.ofEpochSecond(jwt.getExpirationTime());
        Instant cap = now.plusSeconds(keepSeconds);
        if (until.isAfter(cap)) {
            until = cap;
        }
        if (!now.isBefore(until)) {
            return;
        }
        String key = sha256(jwt.getRawToken());
        if (verified.containsKey(key)) {
            return;
        }
        if (verified.size() >= MAX_TOKENS) {
            verified.clear();
        }
        Set<String> groups = jwt.getGroups() == null ? Set.of() : Set.copyOf(jwt.getGroups());
        verified.put(key, new Verified(new CredentialValidationResult(caller, groups), until));
    }

    int remembered() {
        return verified.size();
    }

    private Optional<String> tokenOf(Credential credential) {
        if (credential == null) {
            return Optional.empty();
        }
        Optional<MethodHandle> reader = readers.computeIfAbsent(credential.getClass(), type -> {
            try {
                return Optional.of(MethodHandles.publicLookup().findVirtual(type, "getSignedJWT",
                        MethodType.methodType(String.class)));
            } catch (ReflectiveOperationException e) {
                return Optional.empty();
            }
        });
        if (reader.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((String) reader.get().invoke(credential));
        } catch (Throwable e) {
            return Optional.empty();
        }
    }

    private static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
