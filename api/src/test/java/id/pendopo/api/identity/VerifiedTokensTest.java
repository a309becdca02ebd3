package id.pendopo.api.identity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-11-28T03:00:00Z");

    /** Shaped like Payara's credential: the token behind a public getSignedJWT(). */
    public static final class BearerCredential implements Credential {
        private final String token;

        BearerCredential(String token) {
            this.token = token;
        }

        public String getSignedJWT() {
            return token;
        }
    }

    /** Shaped like Payara's principal: a caller principal that is also the token. */
    static final class Token extends CallerPrincipal implements JsonWebToken {
        private final String raw;
        private final long exp;

        Token(String raw, Instant exp) {
            super("service-account-langkat-integration");
            this.raw = raw;
            this.exp = exp.getEpochSecond();
        }

        @Override
        public Set<String> getClaimNames() {
            return Set.of("raw_token", "exp", "groups");
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getClaim(String name) {
            return (T) switch (name) {
                case "raw_token" -> raw;
                case "exp" -> (Object) exp;
                case "groups" -> Set.of("api-client");
                default -> null;
            };
        }

        @Override
        public String getRawToken() {
            return raw;
        }

        @Override
        public long getExpirationTime() {
            return exp;
        }

        @Override
        public Set<String> getGroups() {
            return Set.of("api-client");
        }
    }

    private static VerifiedTokens at(Instant now) {
        return new VerifiedTokens(Clock.fixed(now, ZoneOffset.UTC), Duration.ofMinutes(5));
    }

    @Test
    void aTokenNeverAcceptedIsLeftToPayarasStore() {
        assertThat(at(NOW).validate(new BearerCredential("eyJ.a.b")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.NOT_VALIDATED);
    }

    @Test
    void anAcceptedTokenIsAnsweredWithItsCallerAndGroupsUntilItExpires() {
        Token token = new Token("eyJ.a.b", NOW.plusSeconds(60));
        VerifiedTokens store = at(NOW);
        store.remember(token);

        CredentialValidationResult again = store.validate(new BearerCredential("eyJ.a.b"));
        assertThat(again.getStatus()).isEqualTo(CredentialValidationResult.Status.VALID);
        assertThat(again.getCallerPrincipal()).isSameAs(token);
        assertThat(again.getCallerGroups()).containsExactly("api-client");
        assertThat(store.validate(new BearerCredential("eyJ.a.c")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.NOT_VALIDATED);

        VerifiedTokens later = new VerifiedTokens(Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC), Duration.ofMinutes(5));
        later.remember(token);
        assertThat(later.remembered()).isZero();
    }

    @Test
    void anExpiredTokenIsForgottenAndLeftToPayarasStore() {
        MovingClock clock = new MovingClock(NOW);
        VerifiedTokens store = new VerifiedTokens(clock, Duration.ofMinutes(5));
        store.remember(new Token("eyJ.a.b", NOW.plusSeconds(60)));
        clock.now = NOW.plusSeconds(60);
        assertThat(store.validate(new BearerCredential("eyJ.a.b")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.NOT_VALIDATED);
        assertThat(store.remembered()).isZero();
    }

    @Test
    void aLongLivedTokenIsKeptForTheConfiguredTimeOnly() {
        MovingClock clock = new MovingClock(NOW);
        VerifiedTokens store = new VerifiedTokens(clock, Duration.ofMinutes(5));
        store.remember(new Token("eyJ.a.b", NOW.plus(Duration.ofHours(10))));
        clock.now = NOW.plus(Duration.ofMinutes(4));
        assertThat(store.validate(new BearerCredential("eyJ.a.b")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.VALID);
        clock.now = NOW.plus(Duration.ofMinutes(5));
        assertThat(store.validate(new BearerCredential("eyJ.a.b")).getStatus())
                .isEqualTo(CredentialValidationResult.Status.NOT_VALIDATED);
    }

    @Test
    void otherCredentialsAreNotItsBusiness() {
        VerifiedTokens store = at(NOW);
        Credential password = new jakarta.security.enterprise.credential.UsernamePasswordCredential("a", "b");
        assertThat(store.validate(password).getStatus()).isEqualTo(CredentialValidationResult.Status.NOT_VALIDATED);
    }

    static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
