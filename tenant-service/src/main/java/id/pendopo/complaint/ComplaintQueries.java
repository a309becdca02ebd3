package id.pendopo.complaint;

import id.pendopo.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lists of the current tenant's complaints for the inbox, the API and Open311. Every order ends with the id, so
 * pages are stable; the filters match the composite indexes of migration V5 ({@code tenant_id}, then status,
 * category or district, then {@code received_at}), which keeps the first page fast at a million complaints.
 * Call it inside a transaction, like {@link TenantData}.
 *
 * <p>Words ({@code text} that is not a tracking id) are matched anywhere in the title and the description, which
 * no index can serve: the rows have to be read. Without a start date, words are therefore looked for among the
 * newest {@link #SEARCH_WINDOW} complaints of the regency (before the filter's end date, if it has one), a range of
 * the tenant's {@code (received_at, id)} index; {@link #searchWindowStart} tells the screens where it begins, so
 * they can say so. A rare word at a million complaints took 5–7 s on the benchmark machine
 * without that bound (docs/benchmarks.md). A start date replaces the window: the user chose how far back to read.
 */
@ApplicationScoped
public class ComplaintQueries {

    /** The orders lists offer; each ends with the id, and knows the rows after a {@link ComplaintCursor} in it. */
    public enum Order {
        NEWEST("c.receivedAt DESC, c.id DESC", "c.receivedAt", "<", Complaint::receivedAt),
        OLDEST("c.receivedAt ASC, c.id ASC", "c.receivedAt", ">", Complaint::receivedAt),
        /** By the deadline that applies now (verification or follow-up), the most urgent first; none last. */
        DUE_SOONEST("c.currentDueAt ASC, c.id ASC", "c.currentDueAt", ">", Complaint::currentDueAt),
        RECENTLY_UPDATED("c.updatedAt DESC, c.id DESC", "c.updatedAt", "<", Complaint::updatedAt);

        private final String jpql;
        private final String after;
        private final Function<Complaint, Instant> key;

        Order(String jpql, String sortedBy, String beyond, Function<Complaint, Instant> key) {
            this.jpql = jpql;
            this.after = "(" + sortedBy + " " + beyond + " :afterAt OR (" + sortedBy + " = :afterAt AND c.id " + beyond
                    + " :afterId))";
            this.key = key;
        }

        Instant key(Complaint c) {
            return key.apply(c);
        }
    }

    /** One page of a keyset-paged list, and the cursor of the next page if there is one. */
    public record Slice(List<Complaint> items, Optional<ComplaintCursor> next) {
    }

    /** How many of the newest complaints words are looked for in when the filter has no start date. */
    public static final int SEARCH_WINDOW = 30_000;

    @Inject
    TenantData data;
    @Inject
    Clock clock;

    private int searchWindow = SEARCH_WINDOW;

    public ComplaintQueries() {
    }

    /** For tools and tests outside a container. */
    public ComplaintQueries(TenantData data, Clock clock) {
        this.data = data;
        this.clock = clock;
    }

    /** For tests: a window of {@code searchWindow} complaints instead of {@link #SEARCH_WINDOW}. */
    public ComplaintQueries(TenantData data, Clock clock, int searchWindow) {
        this(data, clock);
        this.searchWindow = searchWindow;
    }

    /**
     * Where the words of {@code filter} are looked for from: the arrival of the oldest of the newest
     * {@link #SEARCH_WINDOW} complaints (before the filter's end date). Empty when the filter has no words, has a
     * start date, or the regency has no more complaints than the window: then every complaint is read.
     */
    public Optional<Instant> searchWindowStart(ComplaintFilter filter) {
        if (!searchesWords(filter) || filter.receivedFrom() != null) {
            return Optional.empty();
        }
        // Read from the tenant's (received_at, id) index alone, whatever else the filter holds: the window is the
        // same for every list, so moving between filters does not move it.
        String jpql = "SELECT c.receivedAt FROM Complaint c"
                + (filter.receivedBefore() == null ? "" : " WHERE c.receivedAt < :before")
                + " ORDER BY c.receivedAt DESC, c.id DESC";
        TypedQuery<Instant> q = data.em().createQuery(jpql, Instant.class);
        if (filter.receivedBefore() != null) {
            q.setParameter("before", filter.receivedBefore());
        }
        return q.setFirstResult(searchWindow - 1).setMaxResults(1).getResultStream().findFirst();
    }

    /** Whether {@code filter} looks for words, which reads rows, rather than for a tracking id, which is indexed. */
    private static boolean searchesWords(ComplaintFilter f) {
        return f.text() != null && !f.text().isBlank() && !TrackingId.isValid(f.text().strip().toUpperCase(Locale.ROOT));
    }

    /** Rows {@code offset} to {@code offset + limit} in {@code order}, for screens that scroll. */
    public List<Complaint> range(ComplaintFilter filter, Order order, int offset, int limit) {
        return query(filter, null, order, Complaint.class, "c").setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    /**
     * The page after {@code after} (or the first) in NEWEST order: the API's and Open311's lists, which clients
     * walk to the end.
     */
    public Slice page(ComplaintFilter filter, ComplaintCursor after, int limit) {
        return page(filter, Order.NEWEST, after, limit);
    }

    /** The page after {@code after} (or the first) in {@code order}, for walking a whole list (exports). */
    public Slice page(ComplaintFilter filter, Order order, ComplaintCursor after, int limit) {
        Optional<Instant> window = windowOf(filter, after);
        List<Complaint> rows = query(filter, after, order, Complaint.class, "c", window).setMaxResults(limit + 1)
                .getResultList();
        if (rows.size() <= limit) {
            return new Slice(rows, Optional.empty());
        }
        List<Complaint> page = rows.subList(0, limit);
        return new Slice(List.copyOf(page),
                Optional.of(ComplaintCursor.of(page.get(limit - 1), order, window.orElse(null))));
    }

    /**
     * Rows {@code offset} to {@code offset + limit} in NEWEST order, for Open311's page/page_size. The ids of the page
     * come first, from an index that holds status and privacy too (V11), so skipping the offset reads no rows; then
     * those rows, read-only: EclipseLink neither registers them in the persistence context nor keeps a copy to detect
     * changes. Never change what this returns.
     */
    public List<Complaint> pageAt(ComplaintFilter filter, int offset, int limit) {
        return readOnly(query(filter, null, Order.NEWEST, Long.class, "c.id").setFirstResult(offset)
                .setMaxResults(limit).getResultList());
    }

    /** A row of {@link #placesAt}: where a complaint stands in NEWEST order. */
    public record Place(long id, Instant receivedAt) {
        public static final Comparator<Place> NEWEST = Comparator.comparing(Place::receivedAt).thenComparing(Place::id)
                .reversed();
    }

    /**
     * Where rows {@code offset} to {@code offset + limit} stand in NEWEST order, from the index alone and without
     * loading them: for merging several lists into one page before reading its rows ({@link #readOnly}).
     */
    public List<Place> placesAt(ComplaintFilter filter, int offset, int limit) {
        return query(filter, null, Order.NEWEST, Object[].class, "c.id, c.receivedAt").setFirstResult(offset)
                .setMaxResults(limit).getResultList().stream().map(r -> new Place((Long) r[0], (Instant) r[1])).toList();
    }

    /** The complaints of {@code ids} in that order, read-only (see {@link #pageAt}); at most a page of them. */
    public List<Complaint> readOnly(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Complaint> byId = new HashMap<>();
        data.em().createQuery("SELECT c FROM Complaint c WHERE c.id IN :ids", Complaint.class).setParameter("ids", ids)
                .setHint(READ_ONLY, Boolean.TRUE).getResultList().forEach(c -> byId.put(c.id(), c));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    /** EclipseLink's {@code QueryHints.READ_ONLY}, named here so that the module needs no EclipseLink classes. */
    private static final String READ_ONLY = "eclipselink.read-only";

    public long count(ComplaintFilter filter) {
        return query(filter, null, null, Long.class, "COUNT(c)").getSingleResult();
    }

    /** Complaints disposed to {@code agencyId} that wait for its answer: what is new for that agency's officers. */
    public long awaitingAnswerOf(long agencyId) {
        return data.em().createQuery("SELECT COUNT(c) FROM Complaint c WHERE c.status = :disposed AND EXISTS (SELECT d"
                        + " FROM Disposition d WHERE d.complaint = c AND d.agencyId = :agency AND d.respondedAt IS NULL)",
                Long.class).setParameter("disposed", ComplaintStatus.DISPOSED).setParameter("agency", agencyId)
                .getSingleResult();
    }

    /** The newest change among the matching complaints, for ETags of lists. */
    public Optional<Instant> lastUpdate(ComplaintFilter filter) {
        // Not MAX(): an aggregate bypasses the attribute converter and comes back as a Timestamp.
        return query(filter, null, Order.RECENTLY_UPDATED, Instant.class, "c.updatedAt").setMaxResults(1)
                .getResultStream().findFirst();
    }

    /**
     * Where the words of {@code f} are looked for from: a walk through pages keeps the window its first page had (the
     * cursor carries it), since new reports would otherwise move the window on and the last pages would lose the
     * oldest matches.
     */
    private Optional<Instant> windowOf(ComplaintFilter f, ComplaintCursor after) {
        return after != null && after.windowStart() != null ? Optional.of(after.windowStart()) : searchWindowStart(f);
    }

    private <T> TypedQuery<T> query(ComplaintFilter f, ComplaintCursor after, Order order, Class<T> type, String select) {
        return query(f, after, order, type, select, windowOf(f, after));
    }

    private <T> TypedQuery<T> query(ComplaintFilter f, ComplaintCursor after, Order order, Class<T> type, String select,
            Optional<Instant> window) {
        StringBuilder jpql = new StringBuilder("SELECT ").append(select).append(" FROM Complaint c WHERE 1 = 1");
        Map<String, Object> params = new LinkedHashMap<>();
        if (f.statuses() != null && !f.statuses().isEmpty()) {
            jpql.append(" AND c.status IN :statuses");
            params.put("statuses", new ArrayList<>(f.statuses()));
        }
        if (f.categoryCode() != null) {
            jpql.append(" AND c.categoryCode = :category");
            params.put("category", f.categoryCode());
        }
        if (f.agencyId() != null) {
            jpql.append(" AND EXISTS (SELECT d FROM Disposition d WHERE d.complaint = c AND d.agencyId = :agency)");
            params.put("agency", f.agencyId());
        }
        if (f.districtCode() != null) {
            jpql.append(" AND c.location.districtCode = :district");
            params.put("district", f.districtCode());
        }
        if (f.overdue() != null) {
            // As Complaint.isOverdueFor: in an agency's list, late only while that agency has not answered.
            String overdue = f.agencyId() == null
                    ? "((c.status IN :awaiting AND c.verificationDueAt < :now)"
                            + " OR (c.status = :disposed AND c.followUpDueAt < :now))"
                    : "((c.status IN :awaiting AND c.verificationDueAt < :now)"
                            + " OR (c.status = :disposed AND c.followUpDueAt < :now AND EXISTS (SELECT o FROM Disposition o"
                            + " WHERE o.complaint = c AND o.agencyId = :agency AND o.respondedAt IS NULL)))";
            jpql.append(f.overdue() ? " AND " + overdue : " AND NOT " + overdue);
            params.put("awaiting", List.of(ComplaintStatus.RECEIVED, ComplaintStatus.DEFERRED, ComplaintStatus.VERIFIED));
            params.put("disposed", ComplaintStatus.DISPOSED);
            params.put("now", clock.instant());
        }
        if (f.receivedFrom() != null) {
            jpql.append(" AND c.receivedAt >= :from");
            params.put("from", f.receivedFrom());
        }
        if (f.receivedBefore() != null) {
            jpql.append(" AND c.receivedAt < :before");
            params.put("before", f.receivedBefore());
        }
        if (f.updatedFrom() != null) {
            jpql.append(" AND c.updatedAt >= :updated");
            params.put("updated", f.updatedFrom());
        }
        if (f.text() != null && !f.text().isBlank()) {
            String text = f.text().strip();
            if (TrackingId.isValid(text.toUpperCase(Locale.ROOT))) {
                jpql.append(" AND c.trackingId = :tid");
                params.put("tid", text.toUpperCase(Locale.ROOT));
            } else {
                window.ifPresent(start -> {
                    jpql.append(" AND c.receivedAt >= :windowStart");
                    params.put("windowStart", start);
                });
                jpql.append(" AND (LOWER(c.title) LIKE :words OR LOWER(c.description) LIKE :words)");
                params.put("words", "%" + text.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%");
                if (f.publiclyListed()) {
                    // Public lists may read the words of verified reports only (Complaint.contentVisibleTo), so
                    // they may not find unverified ones by them either.
                    jpql.append(" AND c.status IN :readable");
                    params.put("readable", EnumSet.copyOf(Arrays.stream(ComplaintStatus.values())
                            .filter(ComplaintStatus::isVerified).toList()));
                }
            }
        }
        if (f.publiclyListed()) {
            jpql.append(" AND c.privacyMode <> :confidential");
            params.put("confidential", PrivacyMode.CONFIDENTIAL);
        }
        if (after != null) {
            jpql.append(" AND ").append(order.after);
            params.put("afterAt", after.at());
            params.put("afterId", after.id());
        }
        if (order != null) {
            jpql.append(" ORDER BY ").append(order.jpql);
        }
        TypedQuery<T> q = data.em().createQuery(jpql.toString(), type);
        params.forEach(q::setParameter);
        return q;
    }
}
