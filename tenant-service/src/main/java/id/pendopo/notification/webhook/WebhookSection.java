package id.pendopo.notification.webhook;

import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantDataSection;
import id.pendopo.tenancy.TenantExportWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A tenant's webhook subscriptions and delivery logs in export, purge and usage counts. Secrets and payloads
 * are not exported: a secret is shown once, and payloads are copies of complaint data exported elsewhere.
 */
@ApplicationScoped
public class WebhookSection implements TenantDataSection {

    @Inject
    TenantData data;

    public WebhookSection() {
    }

    /** For tests and tools outside a container. */
    public WebhookSection(TenantData data) {
        this.data = data;
    }

    @Override
    public String name() {
        return "webhooks";
    }

    @Override
    public int order() {
        return 45;
    }

    @Override
    public long count() {
        return data.em().createQuery("SELECT COUNT(s) FROM WebhookSubscription s", Long.class).getSingleResult()
                + data.em().createQuery("SELECT COUNT(d) FROM WebhookDelivery d", Long.class).getSingleResult();
    }

    @Override
    public void export(TenantExportWriter out) throws IOException {
        List<List<String>> subscriptions = data.em()
                .createQuery("SELECT s FROM WebhookSubscription s ORDER BY s.id", WebhookSubscription.class)
                .getResultStream()
                .map(s -> List.of(String.valueOf(s.id()), s.clientId() == null ? "" : s.clientId(), s.createdBy(), s.url(),
                        s.events().stream().map(Enum::name).collect(Collectors.joining(" ")), String.valueOf(s.active()),
                        s.createdAt().toString()))
                .toList();
        out.csv("webhooks.csv", List.of("id", "client_id", "created_by", "url", "events", "active", "created_at"),
                subscriptions);
        List<List<String>> deliveries = data.em()
                .createQuery("SELECT d FROM WebhookDelivery d ORDER BY d.id", WebhookDelivery.class).getResultStream()
                .map(d -> List.of(String.valueOf(d.id()), String.valueOf(d.subscriptionId()), d.eventId(),
                        d.eventType().name(), d.trackingId(), d.status().name(), String.valueOf(d.attempts()),
                        d.lastStatusCode() == null ? "" : d.lastStatusCode().toString(), d.createdAt().toString(),
                        d.deliveredAt() == null ? "" : d.deliveredAt().toString()))
                .toList();
        out.csv("webhook_deliveries.csv", List.of("id", "webhook_id", "event_id", "event", "tracking_id", "status",
                "attempts", "last_status_code", "created_at", "delivered_at"), deliveries);
    }

    @Override
    public void purge() {
        data.em().createQuery("DELETE FROM WebhookDelivery d").executeUpdate();
        data.em().createQuery("DELETE FROM WebhookSubscription s").executeUpdate();
    }
}
