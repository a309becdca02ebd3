package id.pendopo.api.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.notification.webhook.WebhookCaller;
import id.pendopo.tenancy.TenantAccessDeniedException;
import jakarta.json.Json;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

class WebhookCallersTest {

    private static JsonWebToken token(Map<String, Object> claims) {
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) claims.get("sub");
            }

            @Override
            public Set<String> getClaimNames() {
                return claims.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) claims.get(claimName);
            }
        };
    }

    @Test
    void anApiClientIsKnownByTheClientIdKeycloakPutsInItsToken() {
        WebhookCaller fromAzp = WebhookCallers.of(token(Map.of("sub", "s-1", "azp", Json.createValue("langkat-connector"))), false);
        assertThat(fromAzp).isEqualTo(WebhookCaller.apiClient("langkat-connector"));
        assertThat(WebhookCallers.of(token(Map.of("sub", "s-1", "client_id", "langkat-dashboard")), false).clientId())
                .isEqualTo("langkat-dashboard");
        assertThatThrownBy(() -> WebhookCallers.of(token(Map.of("sub", "s-1")), false))
                .isInstanceOf(TenantAccessDeniedException.class);
    }

    @Test
    void aTenantAdminManagesAllWebhooksUnderTheirUsername() {
        WebhookCaller admin = WebhookCallers.of(token(Map.of("sub", "u-9", "preferred_username", "admin.langkat",
                "azp", "pendopo-ui")), true);
        assertThat(admin.admin()).isTrue();
        assertThat(admin.clientId()).isNull();
        assertThat(admin.name()).isEqualTo("admin.langkat");
    }
}
