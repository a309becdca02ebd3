package id.pendopo.testing;

import id.pendopo.tenancy.Branding;
import id.pendopo.tenancy.Contact;
import id.pendopo.tenancy.RegionalTime;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantRef;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Tenants for persistence tests, and work done in one tenant's transaction. */
public final class TestTenants {

    public static final Instant CREATED = Instant.parse("2026-11-28T01:00:00Z");

    private TestTenants() {
    }

    /** A tenant of Sumatera Utara (WIB), still provisioning. */
    public static Tenant tenant(String kode, String slug) {
        return new Tenant(kode, slug, "Kabupaten " + slug, "12", "Sumatera Utara", RegionalTime.WIB,
                Locale.forLanguageTag("id"), new Branding("Kabupaten " + slug, null, null), new Contact(null, null, null),
                CREATED);
    }

    /** Stores the tenants and returns their refs, in the same order. */
    public static List<TenantRef> store(Database db, Tenant... tenants) {
        EntityManager em = db.newEntityManager();
        try {
            em.getTransaction().begin();
            List<TenantRef> refs = new ArrayList<>();
            for (Tenant t : tenants) {
                em.persist(t);
                refs.add(t.ref());
            }
            em.getTransaction().commit();
            return refs;
        } finally {
            em.close();
        }
    }

    /** Runs {@code work} in a committed transaction with the tenant entered and the EntityManager bound to it. */
    public static <T> T inTenant(Database db, TenantRef tenant, Function<EntityManager, T> work) {
        EntityManager em = TenantData.bind(db.newEntityManager(), tenant);
        try (TenantContext.Scope s = TenantContext.enter(tenant)) {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }
}
