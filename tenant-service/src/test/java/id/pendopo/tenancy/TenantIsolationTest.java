package id.pendopo.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.agency.Agency;
import id.pendopo.testing.Database;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The persistence layer keeps tenants apart: a bound EntityManager sees, finds, counts and deletes only its
 * tenant's rows, and one that was never bound to a tenant cannot read tenant rows at all.
 */
class TenantIsolationTest {

    private static final Instant NOW = Instant.parse("2026-11-28T01:00:00Z");

    private Database db;
    private TenantRef langkat;
    private TenantRef medan;
    private long medanAgencyId;

    @BeforeEach
    void twoTenantsWithData() {
        db = new Database();
        var refs = id.pendopo.testing.TestTenants.store(db, tenant("12.05", "langkat"), tenant("12.71", "medan"));
        langkat = refs.get(0);
        medan = refs.get(1);

        inTenant(langkat, e -> {
            e.persist(new Agency("DINKES", "Dinas Kesehatan Langkat", NOW));
            e.persist(new Agency("DISDIK", "Dinas Pendidikan Langkat", NOW));
        });
        inTenant(medan, e -> {
            Agency agency = new Agency("DINKES", "Dinas Kesehatan Medan", NOW);
            e.persist(agency);
            e.flush();
            medanAgencyId = agency.id();
        });
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void listsContainOnlyTheBoundTenantsRows() {
        inTenant(langkat, em -> {
            List<String> names = em.createQuery("SELECT a.name FROM Agency a ORDER BY a.name", String.class).getResultList();
            assertThat(names).containsExactly("Dinas Kesehatan Langkat", "Dinas Pendidikan Langkat");
        });
        inTenant(medan, em -> assertThat(em.createQuery("SELECT COUNT(a) FROM Agency a", Long.class).getSingleResult())
                .isEqualTo(1L));
    }

    @Test
    void anotherTenantsRowCannotBeFoundByItsId() {
        inTenant(langkat, em -> assertThat(em.find(Agency.class, medanAgencyId)).isNull());
        inTenant(medan, em -> assertThat(em.find(Agency.class, medanAgencyId)).isNotNull());
    }

    @Test
    void queryingWithAnotherTenantsIdInTheWhereClauseStillFindsNothing() {
        inTenant(langkat, em -> assertThat(em.createQuery("SELECT a FROM Agency a WHERE a.id = :id", Agency.class)
                .setParameter("id", medanAgencyId).getResultList()).isEmpty());
    }

    @Test
    void bulkDeleteTouchesOnlyTheBoundTenant() {
        inTenant(langkat, em -> em.createQuery("DELETE FROM Agency a").executeUpdate());
        inTenant(medan, em -> assertThat(em.createQuery("SELECT COUNT(a) FROM Agency a", Long.class).getSingleResult())
                .isEqualTo(1L));
    }

    @Test
    void writesAreStampedWithTheBoundTenant() throws Exception {
        try (var c = db.dataSource().getConnection();
             var rs = c.createStatement().executeQuery("SELECT tenant_id, COUNT(*) FROM agency GROUP BY tenant_id ORDER BY 2")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(medan.id());
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(langkat.id());
            assertThat(rs.getInt(2)).isEqualTo(2);
        }
    }

    @Test
    void anEntityManagerWithoutATenantCannotReadTenantRows() {
        EntityManager em = db.newEntityManager();
        try {
            assertThatThrownBy(() -> em.createQuery("SELECT a FROM Agency a", Agency.class).getResultList())
                    .hasMessageContaining("eclipselink.tenant-id");
        } finally {
            em.close();
        }
    }

    @Test
    void tenantDataRefusesWhenNoTenantIsResolved() {
        assertThat(TenantContext.current()).isEmpty();
        assertThatThrownBy(() -> new TenantData().em()).isInstanceOf(NoTenantException.class);
    }

    @Test
    void tenantContextRestoresThePreviousTenantWhenAScopeEnds() {
        try (TenantContext.Scope outer = TenantContext.enter(langkat)) {
            try (TenantContext.Scope inner = TenantContext.enter(medan)) {
                assertThat(TenantContext.require()).isEqualTo(medan);
            }
            assertThat(TenantContext.require()).isEqualTo(langkat);
        }
        assertThat(TenantContext.current()).isEmpty();
    }

    private void inTenant(TenantRef tenant, java.util.function.Consumer<EntityManager> work) {
        id.pendopo.testing.TestTenants.inTenant(db, tenant, em -> {
            work.accept(em);
            return null;
        });
    }

    static Tenant tenant(String kode, String slug) {
        return id.pendopo.testing.TestTenants.tenant(kode, slug);
    }
}
