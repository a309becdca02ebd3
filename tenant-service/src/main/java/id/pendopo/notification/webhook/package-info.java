/**
 * Outbound webhooks: an API client (or the tenant admin) registers an HTTPS endpoint and the complaint events
 * it wants; every matching {@link id.pendopo.complaint.ComplaintChanged} becomes a {@link
 * id.pendopo.notification.webhook.WebhookDelivery} in the changing transaction, which {@link
 * id.pendopo.notification.webhook.WebhookSender} POSTs with an HMAC signature, retries and finally dead-letters.
 * Payloads carry only what the public may see of a complaint ({@link id.pendopo.notification.webhook.WebhookPayload}).
 */
package id.pendopo.notification.webhook;
