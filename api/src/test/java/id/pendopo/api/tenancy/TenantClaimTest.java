package id.pendopo.api.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.tenancy.TenantAccessDeniedException;
import id.pendopo.tenancy.TenantRef;
import jakarta.json.Json;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class TenantClaimTest {

    private static final TenantRef LANGKAT = new TenantRef("0b7e-langkat", "langkat");

    /** A verified token as Payara hands it over: claims by name, realm roles in groups. */
    static JsonWebToken token(Object tenantClaim, String... groups) {
        Map<String, Object> claims = new HashMap<>();
        claims.put("upn", "someone");
        claims.put("groups", Set.of(groups));
        if (tenantClaim != null) {
            claims.put("tenant", tenantClaim);
        }
        return new JsonWebToken() {
            @Override
            public String getName() {
                return "someone";
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String name) {
                return (T) claims.get(name);
            }
        };
    }

    @Test
    void readsAPlainStringClaim() {
        assertThat(TenantClaim.slugOf(token("langkat", "tenant-admin"))).contains("langkat");
    }

    @Test
    void readsAJsonStringClaim() {
        assertThat(TenantClaim.slugOf(token(Json.createValue("langkat")))).contains("langkat");
    }

    @Test
    void readsAOneElementArrayFromAMultivaluedMapper() {
        assertThat(TenantClaim.slugOf(token(Json.createArrayBuilder().add("langkat").build()))).contains("langkat");
        assertThat(TenantClaim.slugOf(token(List.of("langkat", "langkat")))).contains("langkat");
    }

    @Test
    void blankOrMissingClaimNamesNoTenant() {
        assertThat(TenantClaim.slugOf(token(null))).isEmpty();
        assertThat(TenantClaim.slugOf(token("  "))).isEmpty();
        assertThat(TenantClaim.slugOf(token(Json.createArrayBuilder().build()))).isEmpty();
        assertThat(TenantClaim.slugOf(token(jakarta.json.JsonValue.NULL))).isEmpty();
    }

    @Test
    void twoDifferentRegenciesAreRefusedNotGuessed() {
        assertThatThrownBy(() -> TenantClaim.slugOf(token(List.of("langkat", "deli-serdang"))))
                .isInstanceOf(TenantAccessDeniedException.class)
                .extracting(e -> ((TenantAccessDeniedException) e).type())
                .isEqualTo("ambiguous-tenant-claim");
    }

    @Test
    void aClaimThatIsNoNameIsRefused() {
        assertThatThrownBy(() -> TenantClaim.slugOf(token(Json.createValue(1205))))
                .isInstanceOf(TenantAccessDeniedException.class)
                .extracting(e -> ((TenantAccessDeniedException) e).type())
                .isEqualTo("invalid-tenant-claim");
    }

    @Test
    void staffWorkForTheTenantTheirTokenNames() {
        List<String> asked = new ArrayList<>();
        Function<String, TenantRef> access = slug -> {
            asked.add(slug);
            return LANGKAT;
        };

        Optional<TenantRef> tenant = TenantClaim.resolve(token("langkat", "complaint-officer"), access);

        assertThat(tenant).contains(LANGKAT);
        assertThat(asked).containsExactly("langkat");
    }

    @Test
    void operatorsWithoutTenantClaimWorkForNoTenant() {
        Function<String, TenantRef> access = slug -> {
            throw new AssertionError("an operator's request must not look up a tenant");
        };

        assertThat(TenantClaim.resolve(token(null, "platform-operator"), access)).isEmpty();
    }

    @Test
    void staffWithoutTenantClaimAreRefusedByTheTenantCheck() {
        Function<String, TenantRef> access = slug -> {
            assertThat(slug).isNull();
            throw new TenantAccessDeniedException("no-tenant-claim", "This account is not bound to any regency");
        };

        assertThatThrownBy(() -> TenantClaim.resolve(token(null, "tenant-admin"), access))
                .isInstanceOf(TenantAccessDeniedException.class)
                .hasMessageContaining("not bound");
    }

    @Test
    void aSuspendedTenantRefusesTheRequest() {
        Function<String, TenantRef> access = slug -> {
            throw new TenantAccessDeniedException("tenant-suspended", "Kabupaten Langkat is suspended");
        };

        assertThatThrownBy(() -> TenantClaim.resolve(token("langkat", "tenant-admin"), access))
                .isInstanceOf(TenantAccessDeniedException.class)
                .extracting(e -> ((TenantAccessDeniedException) e).type())
                .isEqualTo("tenant-suspended");
    }
}
