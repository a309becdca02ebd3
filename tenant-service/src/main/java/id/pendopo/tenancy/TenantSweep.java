package id.pendopo.tenancy;

import id.pendopo.shared.Transactions;
import java.util.List;
import java.util.function.ToIntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A scheduled job's pass over every ACTIVE tenant: each tenant's work runs inside that tenant's context, and one
 * tenant's failure is logged and does not stop the others (the next run retries it).
 */
public final class TenantSweep {

    private static final Logger LOG = Logger.getLogger(TenantSweep.class.getName());

    private TenantSweep() {
    }

    /** Runs {@code work} for each active tenant and returns the sum of what it counted. */
    public static int overActiveTenants(TenantRepository tenants, Transactions tx, String job, ToIntFunction<Tenant> work) {
        List<Tenant> active = tx.inNew(() -> tenants.search(null, TenantStatus.ACTIVE, 0, Integer.MAX_VALUE));
        int total = 0;
        for (Tenant t : active) {
            try (TenantContext.Scope s = TenantContext.enter(t.ref())) {
                total += work.applyAsInt(t);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, job + " failed for tenant " + t.slug() + "; the next run retries", e);
            }
        }
        return total;
    }
}
