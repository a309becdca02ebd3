package id.pendopo.tenancy;

import id.pendopo.identity.IdentityDirectory;
import id.pendopo.shared.Transactions;
import id.pendopo.shared.cluster.Cluster;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finishes the promise that provisioning leaves nothing half-made, even when a node dies in the middle of
 * one: a tenant still PROVISIONING long after it began is removed, with whatever identity records it got.
 * Runs every five minutes on every node; {@link Cluster#claim} lets exactly one node do each run.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class StalledProvisioningSweep {

    private static final Logger LOG = Logger.getLogger(StalledProvisioningSweep.class.getName());
    static final Duration STALLED_AFTER = Duration.ofMinutes(15);

    @Inject
    Cluster cluster;

    @Inject
    TenantRepository tenants;

    @Inject
    IdentityDirectory identity;

    @Inject
    Transactions tx;

    @Inject
    Clock clock;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void everyFiveMinutes() {
        Instant now = clock.instant();
        if (cluster.claim("stalled-provisioning-sweep", Cluster.slot(now, Duration.ofMinutes(5)), Duration.ofMinutes(5))) {
            sweep(now);
        }
    }

    /** Removes tenants that began provisioning before {@code now - 15 min} and never completed. */
    public int sweep(Instant now) {
        List<Tenant> stalled = tx.inNew(() -> tenants.search(null, TenantStatus.PROVISIONING, 0, 100)).stream()
                .filter(t -> t.createdAt().isBefore(now.minus(STALLED_AFTER)))
                .toList();
        int removed = 0;
        for (Tenant t : stalled) {
            try {
                identity.deleteTenantIdentities(t.slug());
                tx.runInNew(() -> tenants.find(t.id()).filter(x -> x.status() == TenantStatus.PROVISIONING)
                        .ifPresent(tenants::remove));
                removed++;
                LOG.warning(() -> "Removed tenant " + t.slug() + ": its provisioning stalled since " + t.createdAt());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not remove stalled tenant " + t.slug() + "; the next run retries", e);
            }
        }
        return removed;
    }
}
