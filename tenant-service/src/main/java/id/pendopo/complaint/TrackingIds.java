package id.pendopo.complaint;

import id.pendopo.shared.ConflictException;
import id.pendopo.shared.Transactions;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import org.eclipse.persistence.config.QueryHints;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Hands out the current tenant's tracking ids, one sequence per year ({@code LKT-26-000001}, {@code LKT-26-000002},
 * ...). Numbers are reserved from the database in blocks of {@code pendopo.complaint.tracking-block} (50) in a short
 * transaction of their own, and handed out from memory: a report does not lock the year's sequence row, and
 * concurrent reports of a regency do not queue behind each other. The next block is reserved when half of the
 * current one is used ({@link #prepare}), by one report before its transaction, so the others never wait. The year's row is locked
 * ({@code SELECT ... FOR UPDATE}) while a block is reserved, so two nodes (or the UI and the API, which are separate
 * applications) never get the same block.
 *
 * <p>Numbers are unique, not gapless: a block that is not used up before a restart, and a number taken for a report
 * whose transaction then fails, are never given. Within a regency, ids from different applications
 * or nodes interleave, so a later report can have a lower number.
 */
@ApplicationScoped
public class TrackingIds {

    /**
     * One tenant's year of numbers in this application: the range in use, {@code next} up to, not including,
     * {@code end}, and a spare range reserved ahead. Its monitor guards only these fields, never database work,
     * because {@link #take} runs inside reports' transactions; {@code refilling} lets one thread at a time reserve.
     */
    private static final class Block {
        long next;
        long end;
        long spareNext;
        long spareEnd;
        final ReentrantLock refilling = new ReentrantLock();

        /** Under the monitor: numbers left, in use and spare. */
        long left() {
            return (end - next) + (spareEnd - spareNext);
        }

        /** Under the monitor: a reserved range becomes the one in use, or the spare one if numbers are left. */
        void add(long first, long size) {
            if (next >= end) {
                next = first;
                end = first + size;
            } else {
                spareNext = first;
                spareEnd = first + size;
            }
        }
    }

    @Inject
    TenantData data;

    @Inject
    Transactions transactions;

    @Inject
    @ConfigProperty(name = "pendopo.complaint.tracking-block", defaultValue = "50")
    int blockSize;

    private final Map<String, Block> blocks = new ConcurrentHashMap<>();

    public TrackingIds() {
    }

    /** For tools and tests outside a container; {@code transactions} runs each reservation, on {@code data}. */
    public TrackingIds(TenantData data, Transactions transactions, int blockSize) {
        this.data = data;
        this.transactions = transactions;
        this.blockSize = blockSize;
    }

    /** The next id of the current tenant for {@code year}; reserves a block in a transaction of its own when needed. */
    public TrackingId next(String prefix, int year) {
        for (;;) {
            Optional<TrackingId> id = take(prefix, year);
            if (id.isPresent()) {
                return id.get();
            }
            refill(year);
        }
    }

    /**
     * The next id from the numbers this application holds, without touching the database; empty when they are used
     * up, and then {@link #refill} outside the caller's transaction. That order matters: a thread that waited for
     * a reservation while holding a connection could starve the one reserving of connections.
     */
    public Optional<TrackingId> take(String prefix, int year) {
        Block block = block(year);
        long value;
        synchronized (block) {
            if (block.next >= block.end && block.spareNext < block.spareEnd) {
                block.next = block.spareNext;
                block.end = block.spareEnd;
                block.spareNext = block.spareEnd = 0;
            }
            if (block.next >= block.end) {
                return Optional.empty();
            }
            value = block.next++;
        }
        if (value > TrackingId.MAX_SEQUENCE) {
            throw new ConflictException("tracking-sequence-exhausted",
                    "The tracking ids of " + year + " are used up for this tenant (" + TrackingId.MAX_SEQUENCE + ")");
        }
        return Optional.of(TrackingId.of(prefix, year, (int) value));
    }

    /**
     * Call before a report's transaction: when less than half a block is left, reserves the next block now, so that
     * reports do not run out and queue for a reservation. Never waits: if another thread is reserving, it returns.
     */
    public void prepare(int year) {
        Block block = block(year);
        int size = size();
        synchronized (block) {
            if (block.left() * 2 > size) {
                return;
            }
        }
        if (!block.refilling.tryLock()) {
            return;
        }
        try {
            reserveInto(block, year, size, 2L * size);
        } finally {
            block.refilling.unlock();
        }
    }

    /** Reserves the current tenant's next block for {@code year} unless another thread just did; waits for it. */
    public void refill(int year) {
        Block block = block(year);
        block.refilling.lock();
        try {
            reserveInto(block, year, size(), 1);
        } finally {
            block.refilling.unlock();
        }
    }

    /** With {@code refilling} held: reserves a block unless at least {@code enough} numbers are left. */
    private void reserveInto(Block block, int year, int size, long enough) {
        synchronized (block) {
            if (block.left() >= enough || block.spareNext < block.spareEnd) {
                return;
            }
        }
        long first = reserve(TenantContext.require().id(), year, size);
        synchronized (block) {
            block.add(first, size);
        }
    }

    private int size() {
        return Math.max(1, blockSize);
    }

    private Block block(int year) {
        return blocks.computeIfAbsent(TenantContext.require().id() + "/" + year, k -> new Block());
    }

    /** Forgets the numbers this application holds for a tenant, whose sequences were just purged. */
    public void forget(String tenantId) {
        blocks.keySet().removeIf(k -> k.startsWith(tenantId + "/"));
    }

    /**
     * Reserves {@code size} numbers of the tenant's year in a transaction of its own, and answers the first. The
     * very first reservation of a year inserts the year's row; if two race, the loser's insert fails on the primary
     * key and it tries once more, now finding the row.
     */
    private long reserve(String tenant, int year, int size) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inNew(() -> reserveNow(tenant, year, size));
            } catch (RaceLost e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    private long reserveNow(String tenant, int year, int size) {
        EntityManager em = data.em();
        List<?> current = sql(em, "SELECT next_value FROM complaint_sequence WHERE tenant_id = ? AND seq_year = ? FOR UPDATE")
                .setParameter(1, tenant).setParameter(2, year).getResultList();
        if (current.isEmpty()) {
            try {
                sql(em, "INSERT INTO complaint_sequence (tenant_id, seq_year, next_value) VALUES (?, ?, ?)")
                        .setParameter(1, tenant).setParameter(2, year).setParameter(3, 1L + size).executeUpdate();
            } catch (PersistenceException e) {
                throw new RaceLost(year, e);
            }
            return 1;
        }
        long first = ((Number) current.get(0)).longValue();
        sql(em, "UPDATE complaint_sequence SET next_value = ? WHERE tenant_id = ? AND seq_year = ?")
                .setParameter(1, first + size).setParameter(2, tenant).setParameter(3, year).executeUpdate();
        return first;
    }

    /**
     * Another transaction created the year's sequence row first. The transaction is spoiled; reserve again in a
     * new one, which will find the row.
     */
    static final class RaceLost extends RuntimeException {
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
