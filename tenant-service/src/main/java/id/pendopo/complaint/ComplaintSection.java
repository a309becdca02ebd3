package id.pendopo.complaint;

import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantDataSection;
import id.pendopo.tenancy.TenantExportWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.persistence.config.QueryHints;

/**
 * A tenant's complaints in export, purge and usage counts. Purged before agencies (higher order), because
 * dispositions refer to agencies; children are deleted before the complaints they belong to.
 */
@ApplicationScoped
public class ComplaintSection implements TenantDataSection {

    @Inject
    TenantData data;

    @Inject
    TrackingIds trackingIds;

    @Override
    public String name() {
        return "complaints";
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public long count() {
        return data.em().createQuery("SELECT COUNT(c) FROM Complaint c", Long.class).getSingleResult();
    }

    @Override
    public void export(TenantExportWriter out) throws IOException {
        export(out, EXPORT_PAGE);
    }

    /** Complaints read per query while exporting: a regency's million never sit in memory at once. */
    static final int EXPORT_PAGE = 1000;

    void export(TenantExportWriter out, int pageSize) throws IOException {
        Iterable<List<String>> rows = () -> Stream.iterate(page(0, pageSize), p -> !p.isEmpty(),
                        p -> page(p.get(p.size() - 1).id(), pageSize))
                .flatMap(p -> p.stream().map(c -> List.of(c.trackingId().toString(), c.type().name(),
                        c.status().name(), c.privacyMode().name(), c.categoryCode(), c.title(), c.channel().name(),
                        c.receivedAt().toString(), c.verificationDueAt().toString())).toList().stream())
                .iterator();
        out.csv("complaints.csv", List.of("tracking_id", "type", "status", "privacy", "category", "title", "channel",
                "received_at", "verification_due_at"), rows);
        List<List<String>> categories = data.em().createQuery("SELECT c FROM ComplaintCategory c ORDER BY c.code",
                        ComplaintCategory.class).getResultStream()
                .map(c -> List.of(c.code(), c.name(), c.description() == null ? "" : c.description(), String.valueOf(c.active())))
                .toList();
        out.csv("complaint_categories.csv", List.of("code", "name", "description", "active"), categories);
    }

    /** The complaints after id {@code afterId}, by id; the ones read before are let go first. */
    private List<Complaint> page(long afterId, int pageSize) {
        data.em().clear();
        return data.em().createQuery("SELECT c FROM Complaint c WHERE c.id > :after ORDER BY c.id", Complaint.class)
                .setParameter("after", afterId).setMaxResults(pageSize).getResultList();
    }

    @Override
    public void purge() {
        var em = data.em();
        em.createQuery("DELETE FROM Attachment a").executeUpdate();
        em.createQuery("DELETE FROM ComplaintMessage m").executeUpdate();
        em.createQuery("DELETE FROM ComplaintEvent e").executeUpdate();
        em.createQuery("DELETE FROM Disposition d").executeUpdate();
        em.createQuery("DELETE FROM Complaint c").executeUpdate();
        // Hand-offs: this regency's own forwardings go with its complaints. Those it received stay, as the other
        // regency's record of where its complaints went; one still waiting can never arrive now.
        String tenant = TenantContext.require().id();
        em.createQuery("DELETE FROM ComplaintHandoff h WHERE h.sourceTenantId = :t").setParameter("t", tenant)
                .executeUpdate();
        em.createQuery("UPDATE ComplaintHandoff h SET h.status = :failed, h.lastError = :why"
                        + " WHERE h.targetTenantId = :t AND h.status = :pending")
                .setParameter("failed", ComplaintHandoff.Status.FAILED)
                .setParameter("why", "The receiving regency was closed; the report was not handed over")
                .setParameter("pending", ComplaintHandoff.Status.PENDING).setParameter("t", tenant).executeUpdate();
        em.createQuery("DELETE FROM IdempotentRequest r").executeUpdate();
        em.createQuery("DELETE FROM ComplaintCategory c").executeUpdate();
        em.createNativeQuery("DELETE FROM complaint_sequence WHERE tenant_id = ?")
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
                .setParameter(1, TenantContext.require().id()).executeUpdate();
        if (trackingIds != null) {
            trackingIds.forget(TenantContext.require().id());
        }
    }
}
