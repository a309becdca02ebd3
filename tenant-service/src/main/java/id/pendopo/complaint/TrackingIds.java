package id.pendopo.complaint;

import id.pendopo.shared.ConflictException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import org.eclipse.persistence.config.QueryHints;
import java.util.List;

/**
 * Hands out the current tenant's tracking ids in order, one sequence per year ({@code LKT-26-000001},
 * {@code LKT-26-000002}, ...). The year's sequence row is locked ({@code SELECT ... FOR UPDATE}) for the rest
 * of the transaction, so concurrent reports on any node never get the same number; a number whose transaction
 * rolls back is given again. {@link ComplaintIntake} calls it in a short transaction of its own, so the lock is
 * held only for the numbering.
 */
@ApplicationScoped
public class TrackingIds {

    @Inject
    TenantData data;

    public TrackingIds() {
    }

    /** For tools and tests outside a container. */
    public TrackingIds(TenantData data) {
        this.data = data;
    }

    /**
     * The next id of the current tenant for {@code year}. The very first report of a year inserts the
     * year's row; if two first reports race, the loser's insert fails on the primary key and its intake is
     * retried by the caller.
     */
    public TrackingId next(String prefix, int year) {
        String tenant = TenantContext.require().id();
        EntityManager em = data.em();
        List<?> current = sql(em, "SELECT next_value FROM complaint_sequence WHERE tenant_id = ? AND seq_year = ? FOR UPDATE")
                .setParameter(1, tenant).setParameter(2, year).getResultList();
        long value;
        if (current.isEmpty()) {
            value = 1;
            try {
                sql(em, "INSERT INTO complaint_sequence (tenant_id, seq_year, next_value) VALUES (?, ?, ?)")
                        .setParameter(1, tenant).setParameter(2, year).setParameter(3, 2L).executeUpdate();
            } catch (PersistenceException e) {
                throw new RaceLost(year, e);
            }
        } else {
            value = ((Number) current.get(0)).longValue();
            sql(em, "UPDATE complaint_sequence SET next_value = ? WHERE tenant_id = ? AND seq_year = ?")
                    .setParameter(1, value + 1).setParameter(2, tenant).setParameter(3, year).executeUpdate();
        }
        if (value > TrackingId.MAX_SEQUENCE) {
            throw new ConflictException("tracking-sequence-exhausted",
                    "The tracking ids of " + year + " are used up for this tenant (" + TrackingId.MAX_SEQUENCE + ")");
        }
        return TrackingId.of(prefix, year, (int) value);
    }

    /**
     * Another transaction created the year's sequence row first. The transaction is spoiled; run the whole
     * intake again in a new one, which will find the row.
     */
    public static final class RaceLost extends RuntimeException {
        RaceLost(int year, Throwable cause) {
            super("Another report started the tracking sequence of " + year + " first", cause);
        }
    }

    /**
     * EclipseLink refuses native SQL in a persistence unit with multitenant entities, because it cannot add
     * the tenant filter to it. These statements name {@code tenant_id} themselves, so they may pass.
     */
    private static Query sql(EntityManager em, String sql) {
        return em.createNativeQuery(sql).setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true);
    }
}
