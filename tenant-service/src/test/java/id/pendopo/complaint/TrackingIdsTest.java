package id.pendopo.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantRef;
import id.pendopo.testing.Database;
import id.pendopo.testing.LocalTransactions;
import id.pendopo.testing.TestTenants;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tracking ids are unique per platform and run per tenant and per year, on the real migrated schema. Each
 * {@link TrackingIds} here stands for one application on one node, with its own connection.
 */
class TrackingIdsTest {

    private Database db;
    private TenantRef langkat;
    private TenantRef medan;
    private final List<EntityManager> ems = new ArrayList<>();

    @BeforeEach
    void twoTenants() {
        db = new Database();
        var refs = TestTenants.store(db, TestTenants.tenant("12.05", "langkat"), TestTenants.tenant("12.71", "medan"));
        langkat = refs.get(0);
        medan = refs.get(1);
    }

    @AfterEach
    void close() throws Exception {
        ems.forEach(EntityManager::close);
        db.close();
    }

    @Test
    void idsRunFromOneInOrderForEachTenantAndYear() {
        TrackingIds ids = application(1);
        assertThat(next(ids, langkat, "LKT", 2026)).isEqualTo(TrackingId.parse("LKT-26-000001"));
        assertThat(next(ids, langkat, "LKT", 2026)).isEqualTo(TrackingId.parse("LKT-26-000002"));
        assertThat(next(ids, medan, "MDN", 2026)).isEqualTo(TrackingId.parse("MDN-26-000001"));
        assertThat(next(ids, langkat, "LKT", 2027)).isEqualTo(TrackingId.parse("LKT-27-000001"));
        assertThat(next(ids, langkat, "LKT", 2026)).isEqualTo(TrackingId.parse("LKT-26-000003"));
    }

    @Test
    void eachApplicationNumbersFromItsOwnBlockAndARestartStartsAfterIt() {
        TrackingIds api = application(20);
        TrackingIds ui = application(20);
        assertThat(next(api, langkat, "LKT", 2026).sequence()).isEqualTo(1);
        assertThat(next(ui, langkat, "LKT", 2026).sequence()).isEqualTo(21);
        assertThat(next(api, langkat, "LKT", 2026).sequence()).isEqualTo(2);
        assertThat(next(ui, langkat, "LKT", 2026).sequence()).isEqualTo(22);

        TrackingIds restartedApi = application(20);
        assertThat(next(restartedApi, langkat, "LKT", 2026).sequence()).isEqualTo(41);
    }

    @Test
    void theNextBlockIsReservedAheadWhenHalfOfTheCurrentOneIsUsed() {
        TrackingIds api = application(4);
        assertThat(next(api, langkat, "LKT", 2026).sequence()).isEqualTo(1);
        prepare(api, langkat, 2026);
        assertThat(next(api, langkat, "LKT", 2026).sequence()).isEqualTo(2);
        // Three of four left: nothing was reserved ahead, so another application's block starts at 5.
        assertThat(next(application(4), langkat, "LKT", 2026).sequence()).isEqualTo(5);

        assertThat(next(api, langkat, "LKT", 2026).sequence()).isEqualTo(3);
        prepare(api, langkat, 2026);
        prepare(api, langkat, 2026);
        assertThat(next(application(4), langkat, "LKT", 2026).sequence()).isEqualTo(13);
        assertThat(next(api, langkat, "LKT", 2026).sequence()).isEqualTo(4);
        assertThat(next(api, langkat, "LKT", 2026).sequence()).isEqualTo(9);
        assertThat(next(api, langkat, "LKT", 2026).sequence()).isEqualTo(10);
    }

    @Test
    void concurrentReportsOnTwoApplicationsNeverShareANumber() throws Exception {
        List<TrackingIds> apps = List.of(application(3), application(3));
        Set<TrackingId> seen = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                TrackingIds ids = apps.get(t % 2);
                runs.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        assertThat(seen.add(next(ids, langkat, "LKT", 2026))).isTrue();
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(seen).hasSize(100);
        assertThat(seen.stream().mapToInt(TrackingId::sequence).max().orElseThrow()).isLessThanOrEqualTo(100 + 2 * 3);
    }

    @Test
    void purgingATenantsComplaintsRemovesOnlyItsSequences() throws Exception {
        TrackingIds ids = application(5);
        next(ids, langkat, "LKT", 2026);
        next(ids, medan, "MDN", 2026);
        TestTenants.inTenant(db, langkat, em -> {
            try (TenantContext.Scope s = TenantContext.enter(langkat)) {
                ComplaintSection section = new ComplaintSection();
                section.data = new TenantData(em);
                section.trackingIds = ids;
                section.purge();
            }
            return null;
        });
        assertThat(next(ids, langkat, "LKT", 2026).sequence()).isEqualTo(1);
        assertThat(next(ids, medan, "MDN", 2026).sequence()).isEqualTo(2);
    }

    private static void prepare(TrackingIds ids, TenantRef tenant, int year) {
        try (TenantContext.Scope s = TenantContext.enter(tenant)) {
            ids.prepare(year);
        }
    }

    /** One application's numbering, on a connection of its own. */
    private TrackingIds application(int blockSize) {
        EntityManager em = db.newEntityManager();
        ems.add(em);
        return new TrackingIds(new TenantData(em), new LocalTransactions(em), blockSize);
    }

    private static TrackingId next(TrackingIds ids, TenantRef tenant, String prefix, int year) {
        try (TenantContext.Scope s = TenantContext.enter(tenant)) {
            return ids.next(prefix, year);
        }
    }
}
