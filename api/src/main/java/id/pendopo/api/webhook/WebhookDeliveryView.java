package id.pendopo.api.webhook;

import id.pendopo.notification.DeliveryStatus;
import id.pendopo.notification.webhook.WebhookDelivery;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a webhook's delivery log. */
@Schema(name = "WebhookDelivery")
public record WebhookDeliveryView(
        long id,
        @Schema(description = "Also sent as the Pendopo-Event-Id header; the same for every attempt") String eventId,
        String event,
        String trackingId,
        @Schema(description = "PENDING, DELIVERED or DEAD") String status,
        int attempts,
        @Schema(description = "When the next attempt is due; only while PENDING") Instant nextAttemptAt,
        @Schema(description = "HTTP status of the last attempt; absent when there was no answer") Integer lastStatusCode,
        String lastError,
        Instant createdAt,
        Instant lastAttemptAt,
        Instant deliveredAt,
        @Schema(description = "The JSON body sent, as a string") String payload) {

    static WebhookDeliveryView of(WebhookDelivery d) {
        return new WebhookDeliveryView(d.id(), d.eventId(), d.eventType().name(), d.trackingId(), d.status().name(),
                d.attempts(), d.status() == DeliveryStatus.PENDING ? d.nextAttemptAt() : null, d.lastStatusCode(),
                d.lastError(), d.createdAt(), d.lastAttemptAt(), d.deliveredAt(), d.payload());
    }
}
