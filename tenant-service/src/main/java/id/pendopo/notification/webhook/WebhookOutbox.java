package id.pendopo.notification.webhook;

import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintChanged;
import id.pendopo.complaint.ComplaintRepository;
import id.pendopo.shared.NotFoundException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.FlushModeType;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Turns a complaint change into one delivery per subscription that listens to it, inside the changing
 * transaction: a committed change is always delivered, a rolled-back one never. The payload is rendered now,
 * so every retry sends the same body, and one event id is shared by all subscriptions.
 */
@ApplicationScoped
public class WebhookOutbox {

    @Inject
    TenantData data;
    @Inject
    ComplaintRepository complaints;
    @Inject
    Clock clock;

    public WebhookOutbox() {
    }

    /** For tests and tools outside a container. */
    public WebhookOutbox(TenantData data, ComplaintRepository complaints, Clock clock) {
        this.data = data;
        this.complaints = complaints;
        this.clock = clock;
    }

    public void on(@Observes ComplaintChanged change) {
        // COMMIT: the changing transaction never touches subscriptions, so its pending writes need not be flushed
        // before this read (an automatic flush here cost a second pass over the unit of work on every report).
        List<WebhookSubscription> listening = data.em()
                .createQuery("SELECT s FROM WebhookSubscription s WHERE s.active = TRUE ORDER BY s.id", WebhookSubscription.class)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream().filter(s -> s.listensTo(change.event())).toList();
        if (listening.isEmpty()) {
            return;
        }
        Complaint c = complaints.find(change.complaintId())
                .orElseThrow(() -> new NotFoundException("Complaint", change.trackingId()));
        if (!c.isListedPublicly()) {
            return; // a CONFIDENTIAL complaint is not announced to third parties, as no public list shows it
        }
        String eventId = UUID.randomUUID().toString();
        String payload = WebhookPayload.of(eventId, TenantContext.require().slug(), change, c);
        for (WebhookSubscription s : listening) {
            data.em().persist(new WebhookDelivery(s.id(), eventId, change.event(), change.trackingId(), payload,
                    clock.instant()));
        }
    }
}
