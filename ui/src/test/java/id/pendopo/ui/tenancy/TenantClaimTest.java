package id.pendopo.ui.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.security.enterprise.identitystore.openid.Claims;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class TenantClaimTest {

    @Test
    void theIdentityTokenNamesTheTenant() {
        assertThat(TenantClaim.from(claims(Map.of("tenant", "langkat")), claims(Map.of("tenant", "deli-serdang"))))
                .contains("langkat");
    }

    @Test
    void theAccessTokenIsUsedWhenTheIdentityTokenHasNoClaim() {
        assertThat(TenantClaim.from(claims(Map.of()), claims(Map.of("tenant", " langkat ")))).contains("langkat");
        assertThat(TenantClaim.from(null, claims(Map.of("tenant", "langkat")))).contains("langkat");
    }

    @Test
    void aBlankOrMissingClaimMeansNoTenant() {
        assertThat(TenantClaim.from(claims(Map.of("tenant", "  ")), claims(Map.of()))).isEmpty();
        assertThat(TenantClaim.from(claims(Map.of("organization", List.of("langkat"))))).isEmpty();
        assertThat(TenantClaim.from()).isEmpty();
    }

    @Test
    void aMultivaluedClaimIsAcceptedOnlyWithExactlyOneValue() {
        assertThat(TenantClaim.from(claims(Map.of("tenant", List.of("langkat"))))).contains("langkat");
        assertThat(TenantClaim.from(claims(Map.of("tenant", List.of("langkat", "binjai"))))).isEmpty();
    }

    /** Claims like Soteria's: a string claim that holds an array fails with a ClassCastException. */
    private static Claims claims(Map<String, Object> values) {
        return new Claims() {
            @Override
            public Optional<String> getStringClaim(String name) {
                return Optional.ofNullable((String) values.get(name));
            }

            @Override
            @SuppressWarnings("unchecked")
            public List<String> getArrayStringClaim(String name) {
                Object v = values.get(name);
                return v instanceof List<?> l ? (List<String>) l : v == null ? List.of() : List.of((String) v);
            }

            @Override
            public Optional<Instant> getNumericDateClaim(String name) {
                return Optional.empty();
            }

            @Override
            public OptionalInt getIntClaim(String name) {
                return OptionalInt.empty();
            }

            @Override
            public OptionalLong getLongClaim(String name) {
                return OptionalLong.empty();
            }

            @Override
            public OptionalDouble getDoubleClaim(String name) {
                return OptionalDouble.empty();
            }

            @Override
            public Optional<Claims> getNested(String name) {
                return Optional.empty();
            }
        };
    }
}
