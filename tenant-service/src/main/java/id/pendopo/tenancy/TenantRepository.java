package id.pendopo.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;

/** The platform's list of tenants. Tenants themselves are platform data, not tenant-owned rows. */
@ApplicationScoped
public class TenantRepository {

    @PersistenceContext(unitName = "pendopo")
    EntityManager em;

    public TenantRepository() {
    }

    /** For tools and tests outside a container. */
    public TenantRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<Tenant> find(String id) {
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    public Optional<Tenant> findBySlug(String slug) {
        return single(em.createQuery("SELECT t FROM Tenant t WHERE t.slug = :s", Tenant.class).setParameter("s", slug));
    }

    /** The tenant whose complaints' tracking ids start with {@code prefix} (e.g. LKT). */
    public Optional<Tenant> findByTrackingPrefix(String prefix) {
        return single(em.createQuery("SELECT t FROM Tenant t WHERE t.trackingPrefix = :p", Tenant.class)
                .setParameter("p", prefix));
    }

    public Optional<Tenant> findByKode(String kode) {
        return single(em.createQuery("SELECT t FROM Tenant t WHERE t.kode = :k", Tenant.class).setParameter("k", kode));
    }

    /**
     * Tenants whose name, slug or code contains {@code text} (any case), in one status or all, ordered by
     * code, one page at a time.
     */
    public List<Tenant> search(String text, TenantStatus status, int first, int max) {
        return filtered("SELECT t FROM Tenant t", text, status, " ORDER BY t.kode", Tenant.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(String text, TenantStatus status) {
        return filtered("SELECT COUNT(t) FROM Tenant t", text, status, "", Long.class).getSingleResult();
    }

    /** Every tracking prefix given so far, across all tenants. */
    public java.util.Set<String> trackingPrefixes() {
        return new java.util.HashSet<>(em.createQuery(
                "SELECT t.trackingPrefix FROM Tenant t WHERE t.trackingPrefix IS NOT NULL", String.class).getResultList());
    }

    public void add(Tenant tenant) {
        em.persist(tenant);
        em.flush();
    }

    public void remove(Tenant tenant) {
        em.remove(em.contains(tenant) ? tenant : em.merge(tenant));
    }

    private <T> TypedQuery<T> filtered(String select, String text, TenantStatus status, String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" WHERE 1 = 1");
        boolean hasText = text != null && !text.isBlank();
        if (hasText) {
            jpql.append(" AND (LOWER(t.name) LIKE :text OR t.slug LIKE :text OR t.kode LIKE :text)");
        }
        if (status != null) {
            jpql.append(" AND t.status = :status");
        }
        TypedQuery<T> q = em.createQuery(jpql.append(order).toString(), type);
        if (hasText) {
            q.setParameter("text", "%" + text.trim().toLowerCase(java.util.Locale.ROOT) + "%");
        }
        if (status != null) {
            q.setParameter("status", status);
        }
        return q;
    }

    private static Optional<Tenant> single(TypedQuery<Tenant> q) {
        return q.getResultList().stream().findFirst();
    }
}
