package id.pendopo.api.webhook;

import id.pendopo.notification.webhook.WebhookSubscription;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A webhook subscription. {@code secret} is present only in the answer to the registration: it signs every
 * delivery and is never shown again.
 */
@Schema(name = "Webhook")
public record WebhookView(
        long id,
        String url,
        @Schema(description = "Event types received; empty: all") List<String> events,
        @Schema(description = "The API client that owns it; absent for one a tenant admin registered") String clientId,
        String createdBy,
        boolean active,
        Instant createdAt,
        @Schema(description = "Signing secret, only in the answer to POST") String secret) {

    static WebhookView of(WebhookSubscription s, String secret) {
        return new WebhookView(s.id(), s.url(), s.events().stream().map(Enum::name).toList(), s.clientId(),
                s.createdBy(), s.active(), s.createdAt(), secret);
    }
}
