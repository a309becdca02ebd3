package id.pendopo.notification;

import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintChanged;
import id.pendopo.complaint.ComplaintReplied;
import id.pendopo.complaint.ComplaintRepository;
import id.pendopo.complaint.Reporter;
import id.pendopo.complaint.Viewer;
import id.pendopo.shared.NotFoundException;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantAccess;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.function.BiFunction;
import org.eclipse.microprofile.config.Config;

/**
 * Tells the reporter of every status change of their complaint, by email if they gave an address and by SMS if
 * they gave a phone number and SMS is enabled. Observes {@link ComplaintChanged} inside the changing
 * transaction and only queues ({@link NotificationOutbox}): the message is stored with the change or not at
 * all, and {@link NotificationSender} sends it after the commit.
 *
 * <p>The addresses are the reporter's own, as the reporter sees them ({@link Viewer#REPORTER}); nobody else is
 * told of a reporter's complaint this way.
 */
@ApplicationScoped
public class ReporterNotifications {

    @Inject
    ComplaintRepository complaints;
    @Inject
    TenantAccess tenants;
    @Inject
    NotificationOutbox outbox;
    @Inject
    Config config;

    private NotificationLinks links;

    public ReporterNotifications() {
    }

    /** For tests and tools outside a container. */
    public ReporterNotifications(ComplaintRepository complaints, TenantAccess tenants, NotificationOutbox outbox,
            NotificationLinks links) {
        this.complaints = complaints;
        this.tenants = tenants;
        this.outbox = outbox;
        this.links = links;
    }

    @PostConstruct
    void init() {
        links = NotificationLinks.from(config);
    }

    /** A reply the staff wrote to the reporter reaches them like news of their complaint. */
    public void onReply(@Observes ComplaintReplied reply) {
        tell(reply.tenantId(), reply.complaintId(), reply.trackingId(),
                (c, tenant) -> ReporterMessages.replyEmail(c, reply.body(), tenant.name(), links),
                (c, tenant) -> ReporterMessages.replySms(c, tenant.name(), links));
    }

    public void on(@Observes ComplaintChanged change) {
        if (!ReporterMessages.tellsReporter(change.event(), change.status())) {
            return;
        }
        tell(change.tenantId(), change.complaintId(), change.trackingId(),
                (c, tenant) -> ReporterMessages.email(c, change.event(), tenant.name(), tenant.timeZone(), links,
                        complaints::isListedPublicly),
                (c, tenant) -> ReporterMessages.sms(c, change.event(), tenant.name(), tenant.timeZone(), links));
    }

    /**
     * Queues a message for the reporter of complaint {@code complaintId} on each channel that is on and that they
     * gave an address for. Rendered only for such a channel: without SMTP or SMS, a report costs no message text.
     */
    private void tell(String tenantId, long complaintId, String trackingId,
            BiFunction<Complaint, Tenant, Notification> email, BiFunction<Complaint, Tenant, Notification> sms) {
        Complaint c = complaints.find(complaintId).orElseThrow(() -> new NotFoundException("Complaint", trackingId));
        Reporter reporter = c.reporterAsSeenBy(Viewer.REPORTER).orElse(null);
        if (reporter == null) {
            return;
        }
        Tenant tenant = tenants.snapshot(tenantId);
        if (outbox.accepts(EmailChannel.NAME, reporter.email())) {
            outbox.queue(EmailChannel.NAME, NotificationPurpose.REPORTER_UPDATE, reporter.email(), email.apply(c, tenant));
        }
        if (outbox.accepts(HttpWebhookChannel.NAME, reporter.phone())) {
            outbox.queue(HttpWebhookChannel.NAME, NotificationPurpose.REPORTER_UPDATE, reporter.phone(), sms.apply(c, tenant));
        }
    }
}
