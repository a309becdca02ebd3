package id.pendopo.notification;

import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantDataSection;
import id.pendopo.tenancy.TenantExportWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;

/**
 * A tenant's queued and sent messages and its escalations in export, purge and usage counts. Purged before
 * complaints (escalations refer to them). The export leaves out recipients and texts: they hold reporters'
 * addresses and words, which exports never carry.
 */
@ApplicationScoped
public class NotificationSection implements TenantDataSection {

    @Inject
    TenantData data;

    public NotificationSection() {
    }

    /** For tests and tools outside a container. */
    public NotificationSection(TenantData data) {
        this.data = data;
    }

    @Override
    public String name() {
        return "notifications";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public long count() {
        return data.em().createQuery("SELECT COUNT(n) FROM OutboundNotification n", Long.class).getSingleResult()
                + data.em().createQuery("SELECT COUNT(e) FROM Escalation e", Long.class).getSingleResult();
    }

    @Override
    public void export(TenantExportWriter out) throws IOException {
        List<List<String>> messages = data.em()
                .createQuery("SELECT n FROM OutboundNotification n ORDER BY n.id", OutboundNotification.class)
                .getResultStream()
                .map(n -> List.of(String.valueOf(n.id()), n.channel(), n.purpose().name(), text(n.trackingId()),
                        n.status().name(), String.valueOf(n.attempts()), n.createdAt().toString(), text(n.sentAt())))
                .toList();
        out.csv("notifications.csv", List.of("id", "channel", "purpose", "tracking_id", "status", "attempts",
                "created_at", "sent_at"), messages);
        List<List<String>> escalations = data.em()
                .createQuery("SELECT e FROM Escalation e ORDER BY e.id", Escalation.class).getResultStream()
                .map(e -> List.of(e.trackingId(), e.deadline().name(), e.dueAt().toString(), e.escalatedAt().toString(),
                        String.valueOf(e.recipients())))
                .toList();
        out.csv("escalations.csv", List.of("tracking_id", "deadline", "due_at", "escalated_at", "recipients"), escalations);
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }

    @Override
    public void purge() {
        data.em().createQuery("DELETE FROM OutboundNotification n").executeUpdate();
        data.em().createQuery("DELETE FROM Escalation e").executeUpdate();
    }
}
