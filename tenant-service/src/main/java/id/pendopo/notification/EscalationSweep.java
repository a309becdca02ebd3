package id.pendopo.notification;

import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintStatus;
import id.pendopo.complaint.PrivacyMode;
import id.pendopo.shared.Transactions;
import id.pendopo.shared.cluster.Cluster;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantRepository;
import id.pendopo.tenancy.TenantSweep;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.persistence.config.QueryHints;

/**
 * Flags complaints past their verification or follow-up deadline and tells the tenant's coordinators and
 * admin, once per deadline ({@link Escalation}). Every five minutes on one node ({@link Cluster#claim}). The
 * escalation rows and the digest emails are written in one transaction: a deadline counts as escalated exactly
 * when its message is queued. The complaint's timeline is not touched; overdue complaints are visible in the
 * inbox through {@code ComplaintFilter}'s overdue filter.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class EscalationSweep {

    private static final Logger LOG = Logger.getLogger(EscalationSweep.class.getName());
    static final int BATCH = 200;

    /** One complaint past one deadline. */
    public record Overdue(long complaintId, String trackingId, String title, ComplaintStatus status, Deadline deadline,
            Instant dueAt) {
    }

    @Inject
    Cluster cluster;
    @Inject
    TenantRepository tenants;
    @Inject
    TenantData data;
    @Inject
    EscalationRecipients recipients;
    @Inject
    NotificationOutbox outbox;
    @Inject
    Transactions tx;
    @Inject
    Clock clock;
    @Inject
    Config config;

    private NotificationLinks links;

    public EscalationSweep() {
    }

    /** For tests and tools outside a container. */
    public EscalationSweep(TenantData data, EscalationRecipients recipients, NotificationOutbox outbox, Transactions tx,
            NotificationLinks links) {
        this.data = data;
        this.recipients = recipients;
        this.outbox = outbox;
        this.tx = tx;
        this.links = links;
    }

    @PostConstruct
    void init() {
        links = NotificationLinks.from(config);
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void everyFiveMinutes() {
        Instant now = clock.instant();
        if (cluster.claim("escalation-sweep", Cluster.slot(now, Duration.ofMinutes(5)), Duration.ofMinutes(5))) {
            run(now);
        }
    }

    /** One run over every active tenant; returns how many deadlines were escalated. */
    public int run(Instant now) {
        return TenantSweep.overActiveTenants(tenants, tx, "Escalation", t -> {
            return escalate(t, now);
        });
    }

    /** Escalates the entered tenant's newly missed deadlines; returns how many. */
    public int escalate(Tenant tenant, Instant now) {
        if (tx.inNew(() -> overdue(now)).isEmpty()) {
            return 0;
        }
        Set<String> staff = recipients.staff();
        return tx.inNew(() -> {
            List<Overdue> missed = overdue(now);
            Set<String> named = staff.isEmpty() ? recipients.fromSetting() : staff;
            List<String> to = named.stream().filter(address -> outbox.accepts(EmailChannel.NAME, address)).toList();
            if (to.isEmpty()) {
                // Not recorded as escalated: the next run tries again (the directory may be back, e-mail turned on).
                LOG.warning(() -> missed.size() + " complaints of " + tenant.slug() + " are overdue, but nobody can be"
                        + " told: no coordinator or admin with an email (or the identity directory did not answer),"
                        + " no " + EscalationRecipients.SETTING + ", or e-mail is off; tried again at the next run");
                return 0;
            }
            for (Overdue o : missed) {
                data.em().persist(new Escalation(o.complaintId(), o.trackingId(), o.deadline(), o.dueAt(), now, to.size()));
            }
            markEscalated(missed);
            for (Notification digest : digests(tenant, missed)) {
                to.forEach(address -> outbox.queue(EmailChannel.NAME, NotificationPurpose.ESCALATION, address, digest));
            }
            return missed.size();
        });
    }

    /**
     * Deadlines missed at {@code now} and not yet escalated, in the current tenant and transaction, the longest
     * missed first. Read from {@code escalate_after} (the running deadline until it is escalated, see
     * {@link Complaint#escalateAfter}), so a run reads only what it will escalate, however many were escalated
     * before; the escalation records are checked too, so a deadline is never escalated twice.
     */
    List<Overdue> overdue(Instant now) {
        List<Overdue> found = new ArrayList<>();
        data.em().createQuery("SELECT c FROM Complaint c WHERE c.escalateAfter < :now"
                        + " AND NOT EXISTS (SELECT e FROM Escalation e WHERE e.complaintId = c.id"
                        + " AND e.dueAt = c.escalateAfter) ORDER BY c.escalateAfter, c.id", Complaint.class)
                .setParameter("now", now)
                .setMaxResults(BATCH).getResultStream()
                .forEach(c -> found.add(new Overdue(c.id(), c.trackingId().value(), titleForEmail(c), c.status(),
                        c.status() == ComplaintStatus.DISPOSED ? Deadline.FOLLOW_UP : Deadline.VERIFICATION,
                        c.escalateAfter().orElseThrow())));
        return found;
    }

    /**
     * A confidential report's title stays in the console: an e-mail is forwarded, kept in mailboxes, and may go to
     * the tenant's fallback addresses ({@link EscalationRecipients#SETTING}).
     */
    private static String titleForEmail(Complaint c) {
        return c.privacyMode() == PrivacyMode.CONFIDENTIAL ? "(laporan rahasia, judul hanya di konsol)" : c.title();
    }

    /**
     * Marks the escalated deadlines as such on their complaints: {@code escalate_after} is cleared where it holds a
     * deadline that has an escalation record now, so a deadline that changed meanwhile waits for its own turn. In
     * SQL that names {@code tenant_id} itself: a JPQL bulk update would give each complaint a new version, and an
     * edit someone has open on it would then be refused as a concurrent change.
     */
    private void markEscalated(List<Overdue> escalated) {
        EntityManager em = data.em();
        em.flush();
        String tenantId = TenantContext.require().id();
        for (Overdue o : escalated) {
            em.createNativeQuery("UPDATE complaint SET escalate_after = NULL WHERE tenant_id = ? AND id = ?"
                            + " AND escalate_after IN (SELECT e.due_at FROM complaint_escalation e"
                            + " WHERE e.tenant_id = ? AND e.complaint_id = ?)")
                    .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                    .setParameter(1, tenantId).setParameter(2, o.complaintId())
                    .setParameter(3, tenantId).setParameter(4, o.complaintId())
                    .executeUpdate();
        }
    }

    /**
     * The emails for a run's missed deadlines, for staff (no reporter data): one, or as many as it takes for each to
     * fit in a stored message ({@link OutboundNotification#MAX_BODY}), so that no missed deadline is cut off.
     */
    List<Notification> digests(Tenant tenant, List<Overdue> missed) {
        String head = "Laporan berikut telah melewati batas waktu dan perlu segera ditangani:\n\n";
        String foot = "\nBuka konsol pengaduan: " + links.consoleUrl() + "\n"
                + "\nPesan otomatis layanan pengaduan " + tenant.name() + ".\n";
        List<List<String>> parts = new ArrayList<>();
        List<String> part = new ArrayList<>();
        int length = head.length() + foot.length();
        for (Overdue o : missed) {
            String line = "- " + o.trackingId() + " (" + ReporterMessages.statusInWords(o.status()) + "): batas "
                    + (o.deadline() != Deadline.VERIFICATION ? "tindak lanjut"
                            : o.status() == ComplaintStatus.VERIFIED ? "disposisi ke perangkat daerah" : "verifikasi") + ' '
                    + IndonesianDates.deadline(o.dueAt(), tenant.timeZone()) + " - " + o.title() + '\n';
            if (!part.isEmpty() && length + line.length() > OutboundNotification.MAX_BODY) {
                parts.add(part);
                part = new ArrayList<>();
                length = head.length() + foot.length();
            }
            part.add(line);
            length += line.length();
        }
        parts.add(part);
        List<Notification> mails = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<String> lines = parts.get(i);
            String subject = "[" + tenant.name() + "] " + missed.size() + " laporan melewati batas waktu"
                    + (parts.size() > 1 ? " (" + (i + 1) + "/" + parts.size() + ")" : "");
            mails.add(new Notification(subject, head + String.join("", lines) + foot,
                    missed.size() == 1 ? missed.get(0).trackingId() : null));
        }
        return mails;
    }
}
