package id.pendopo.complaint;

import java.time.Instant;

/**
 * A complaint was received or moved on, fired as a CDI event inside the transaction that changed it. Observers
 * that talk to the outside either listen {@code during = AFTER_SUCCESS}, so nothing is announced that was
 * rolled back, or, like notifications and webhooks, write an outbox row in the same transaction and send it
 * after the commit, so nothing that committed goes unannounced.
 */
public record ComplaintChanged(String tenantId, long complaintId, String trackingId, ComplaintEventType event,
        ComplaintStatus status, Instant at) {

    static ComplaintChanged of(String tenantId, Complaint c) {
        ComplaintEvent last = c.events().get(c.events().size() - 1);
        return new ComplaintChanged(tenantId, c.id() == null ? 0 : c.id(), c.trackingId().value(), last.type(),
                c.status(), last.occurredAt());
    }
}
