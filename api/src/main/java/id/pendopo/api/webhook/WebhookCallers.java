package id.pendopo.api.webhook;

import id.pendopo.notification.webhook.WebhookCaller;
import id.pendopo.tenancy.TenantAccessDeniedException;
import jakarta.json.JsonString;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who a webhook request comes from. A tenant admin manages all of the regency's webhooks; an API client only its
 * own, identified by the client id Keycloak writes into its tokens ({@code azp}, or {@code client_id} for
 * tokens of the client-credentials grant).
 */
final class WebhookCallers {

    private WebhookCallers() {
    }

    static WebhookCaller of(JsonWebToken token, boolean tenantAdmin) {
        if (tenantAdmin) {
            String name = text(token, "preferred_username");
            return WebhookCaller.tenantAdmin(name != null ? name : token.getSubject());
        }
        String clientId = text(token, "azp");
        if (clientId == null) {
            clientId = text(token, "client_id");
        }
        if (clientId == null) {
            throw new TenantAccessDeniedException("no-client-claim", "The token names no client (azp or client_id)");
        }
        return WebhookCaller.apiClient(clientId);
    }

    private static String text(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        if (value instanceof JsonString s) {
            value = s.getString();
        }
        return value instanceof String s && !s.isBlank() ? s : null;
    }
}
