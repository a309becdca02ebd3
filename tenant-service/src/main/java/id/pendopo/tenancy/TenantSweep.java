package id.pendopo.tenancy;

import id.pendopo.shared.Transactions;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A scheduled job's pass over every ACTIVE tenant, or over every tenant whose data is still stored: each tenant's work
 * runs inside that tenant's context, and one tenant's failure is logged and does not stop the others (the next run
 * retries it).
 */
public final class TenantSweep {

    private static final Logger LOG = Logger.getLogger(TenantSweep.class.getName());

    private TenantSweep() {
    }

    /** Runs {@code work} for each active tenant and returns the sum of what it counted. */
    public static int overActiveTenants(TenantRepository tenants, Transactions tx, String job, ToIntFunction<Tenant> work) {
        return over(tx.inNew(() -> tenants.search(null, TenantStatus.ACTIVE, 0, Integer.MAX_VALUE)), job, work);
    }

    /**
     * Runs {@code work} for every tenant not yet purged, whatever its status: for clean-ups that keep personal data no
     * longer than promised, which a suspended or archived regency's data is owed as much as an active one's.
     */
    public static int overStoredTenants(TenantRepository tenants, Transactions tx, String job, ToIntFunction<Tenant> work) {
        return over(tx.inNew(() -> tenants.search(null, null, 0, Integer.MAX_VALUE)), job, work);
    }

    private static int over(List<Tenant> list, String job, ToIntFunction<Tenant> work) {
        int total = 0;
        for (Tenant t : list) {
            try (TenantContext.Scope s = TenantContext.enter(t.ref())) {
                total += work.applyAsInt(t);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, job + " failed for tenant " + t.slug() + "; the next run retries", e);
            }
        }
        return total;
    }
}
