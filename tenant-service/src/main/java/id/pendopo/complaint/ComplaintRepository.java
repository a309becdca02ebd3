package id.pendopo.complaint;

import id.pendopo.shared.NotFoundException;
import id.pendopo.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The current tenant's complaints. Another tenant's complaint is invisible here, by id and by tracking id,
 * although tracking ids are unique on the whole platform.
 */
@ApplicationScoped
public class ComplaintRepository {

    @Inject
    TenantData data;

    public ComplaintRepository() {
    }

    /** For tools and tests outside a container. */
    public ComplaintRepository(TenantData data) {
        this.data = data;
    }

    public void add(Complaint complaint) {
        data.em().persist(complaint);
    }

    /** Writes pending changes now, so that generated ids are known. */
    public void flush() {
        data.em().flush();
    }

    /** The complaint of {@code trackingId}, or not-found. */
    public Complaint require(TrackingId trackingId) {
        return findByTrackingId(trackingId).orElseThrow(() -> new NotFoundException("Complaint", trackingId));
    }

    public Optional<Complaint> find(long id) {
        return Optional.ofNullable(data.em().find(Complaint.class, id));
    }

    public Optional<Complaint> findByTrackingId(TrackingId trackingId) {
        return data.em().createQuery("SELECT c FROM Complaint c WHERE c.trackingId = :t", Complaint.class)
                .setParameter("t", trackingId.value()).getResultStream().findFirst();
    }

    /** The current tenant's complaints of these tracking ids, in one query; unknown ids are left out, in no order. */
    public List<Complaint> findByTrackingIds(Collection<TrackingId> trackingIds) {
        if (trackingIds.isEmpty()) {
            return List.of();
        }
        return data.em().createQuery("SELECT c FROM Complaint c WHERE c.trackingId IN :t", Complaint.class)
                .setParameter("t", trackingIds.stream().map(TrackingId::value).toList()).getResultList();
    }

    /**
     * Whether the current tenant's complaint {@code trackingId} exists and may be named to the public
     * ({@link Complaint#isListedPublicly()}), e.g. as the original of a duplicate.
     */
    public boolean isListedPublicly(TrackingId trackingId) {
        return findByTrackingId(trackingId).map(Complaint::isListedPublicly).orElse(false);
    }
}
