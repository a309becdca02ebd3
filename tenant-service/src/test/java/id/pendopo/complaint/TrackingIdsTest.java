package id.pendopo.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantRef;
import id.pendopo.testing.Database;
import id.pendopo.testing.TestTenants;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tracking ids run in order per tenant and per year, on the real migrated schema. */
class TrackingIdsTest {

    private Database db;
    private TenantRef langkat;
    private TenantRef medan;

    @BeforeEach
    void twoTenants() {
        db = new Database();
        var refs = TestTenants.store(db, TestTenants.tenant("12.05", "langkat"), TestTenants.tenant("12.71", "medan"));
        langkat = refs.get(0);
        medan = refs.get(1);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void idsRunFromOneInOrderForEachTenantAndYear() {
        assertThat(next(langkat, "LKT", 2026)).isEqualTo(TrackingId.parse("LKT-26-000001"));
        assertThat(next(langkat, "LKT", 2026)).isEqualTo(TrackingId.parse("LKT-26-000002"));
        assertThat(next(medan, "MDN", 2026)).isEqualTo(TrackingId.parse("MDN-26-000001"));
        assertThat(next(langkat, "LKT", 2027)).isEqualTo(TrackingId.parse("LKT-27-000001"));
        assertThat(next(langkat, "LKT", 2026)).isEqualTo(TrackingId.parse("LKT-26-000003"));
    }

    @Test
    void aNumberTakenInATransactionThatRollsBackIsGivenAgain() {
        next(langkat, "LKT", 2026);
        EntityManager em = TenantData.bind(db.newEntityManager(), langkat);
        try (TenantContext.Scope s = TenantContext.enter(langkat)) {
            em.getTransaction().begin();
            assertThat(new TrackingIds(new TenantData(em)).next("LKT", 2026).sequence()).isEqualTo(2);
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
        assertThat(next(langkat, "LKT", 2026).sequence()).isEqualTo(2);
    }

    @Test
    void purgingATenantsComplaintsRemovesOnlyItsSequences() throws Exception {
        next(langkat, "LKT", 2026);
        next(medan, "MDN", 2026);
        inTransaction(langkat, em -> {
            try (TenantContext.Scope s = TenantContext.enter(langkat)) {
                ComplaintSection section = new ComplaintSection();
                section.data = new TenantData(em);
                section.purge();
            }
            return null;
        });
        assertThat(next(langkat, "LKT", 2026).sequence()).isEqualTo(1);
        assertThat(next(medan, "MDN", 2026).sequence()).isEqualTo(2);
    }

    private TrackingId next(TenantRef tenant, String prefix, int year) {
        return inTransaction(tenant, em -> new TrackingIds(new TenantData(em)).next(prefix, year));
    }

    private <T> T inTransaction(TenantRef tenant, java.util.function.Function<EntityManager, T> work) {
        return TestTenants.inTenant(db, tenant, work);
    }

}
