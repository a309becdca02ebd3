/**
 * Webhooks of API clients under {@code /v1/webhooks}: registration, the delivery log and manual retries. The
 * rules (HTTPS only, who sees which subscription, payload privacy, signature, retries) are in
 * {@link id.pendopo.notification.webhook}; this package maps HTTP onto them.
 */
package id.pendopo.api.webhook;
