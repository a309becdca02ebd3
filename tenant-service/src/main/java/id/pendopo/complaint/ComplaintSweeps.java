package id.pendopo.complaint;

import id.pendopo.idempotency.IdempotentRequests;
import id.pendopo.shared.Transactions;
import id.pendopo.shared.cluster.Cluster;
import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantRepository;
import id.pendopo.tenancy.TenantSweep;
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
 * The complaint work nobody asks for: handing over forwarded complaints whose hand-off failed before
 * ({@link ComplaintHandoffs}), closing resolved complaints whose reopen window is over (10 working days by
 * default), and forgetting idempotent requests after a day. Runs every five minutes on every node;
 * {@link Cluster#claim} lets one node do each run.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class ComplaintSweeps {

    private static final Logger LOG = Logger.getLogger(ComplaintSweeps.class.getName());
    private static final int BATCH = 200;

    @Inject
    Cluster cluster;
    @Inject
    TenantRepository tenants;
    @Inject
    TenantData data;
    @Inject
    ComplaintDesk desk;
    @Inject
    IdempotentRequests idempotentRequests;
    @Inject
    ComplaintHandoffs handoffs;
    @Inject
    Transactions tx;
    @Inject
    Clock clock;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void everyFiveMinutes() {
        Instant now = clock.instant();
        if (cluster.claim("complaint-sweeps", Cluster.slot(now, Duration.ofMinutes(5)), Duration.ofMinutes(5))) {
            run(now);
        }
    }

    /**
     * One run over every active tenant, after the hand-offs to other regencies that are still pending, then the
     * forgetting of idempotent answers in every stored tenant; returns how many complaints were closed.
     */
    public int run(Instant now) {
        try {
            handoffs.deliverPending();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Pending hand-offs could not be read", e);
        }
        int closed = TenantSweep.overActiveTenants(tenants, tx, "Complaint sweep", t -> autoClose(now));
        // Remembered answers hold tracking secrets: forgotten on time in every stored tenant, not only active ones.
        TenantSweep.overStoredTenants(tenants, tx, "Forgetting idempotent requests",
                t -> tx.inNew(() -> idempotentRequests.forgetOlderThan(now.minus(IdempotentRequests.RETENTION))));
        return closed;
    }

    private int autoClose(Instant now) {
        List<String> due = tx.inNew(() -> data.em().createQuery("SELECT c.trackingId FROM Complaint c"
                        + " WHERE c.status = :resolved AND c.reopenableUntil <= :now ORDER BY c.id", String.class)
                .setParameter("resolved", ComplaintStatus.RESOLVED).setParameter("now", now)
                .setMaxResults(BATCH).getResultList());
        int closed = 0;
        for (String id : due) {
            try {
                desk.autoClose(TrackingId.parse(id));
                closed++;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not auto-close complaint " + id, e);
            }
        }
        return closed;
    }
}
