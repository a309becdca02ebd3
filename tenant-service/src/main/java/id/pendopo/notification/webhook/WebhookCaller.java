package id.pendopo.notification.webhook;

/**
 * Who manages webhooks: an API client, identified by its client id, sees and changes only its own
 * subscriptions; a tenant admin sees all of the tenant's. {@code name} is recorded as the creator.
 */
public record WebhookCaller(String clientId, String name, boolean admin) {

    public static WebhookCaller apiClient(String clientId) {
        return new WebhookCaller(clientId, clientId, false);
    }

    public static WebhookCaller tenantAdmin(String username) {
        return new WebhookCaller(null, username, true);
    }

    boolean sees(WebhookSubscription s) {
        return admin || clientId != null && clientId.equals(s.clientId());
    }
}
