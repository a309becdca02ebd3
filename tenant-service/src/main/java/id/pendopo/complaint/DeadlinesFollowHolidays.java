package id.pendopo.complaint;

import id.pendopo.calendar.CalendarChanged;
import id.pendopo.calendar.SlaPolicy;
import id.pendopo.calendar.WorkingCalendars;
import id.pendopo.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Deadlines still running follow the holidays the admin adds or removes: Idul Fitri is fixed by the isbat the
 * evening before, and a report received last week must not be escalated on the holiday. In the holiday change's own
 * transaction, so the calendar and the deadlines change together or not at all. Deadlines already past stay as
 * they were; a change of the deadline settings (3/5/10 days) counts from the next deadline on, as documented.
 */
@ApplicationScoped
public class DeadlinesFollowHolidays {

    private static final int BATCH = 500;

    @Inject
    TenantData data;
    @Inject
    WorkingCalendars calendars;
    @Inject
    Clock clock;

    public DeadlinesFollowHolidays() {
    }

    /** For tests and tools outside a container. */
    public DeadlinesFollowHolidays(TenantData data, WorkingCalendars calendars, Clock clock) {
        this.data = data;
        this.calendars = calendars;
        this.clock = clock;
    }

    void on(@Observes CalendarChanged change) {
        if (!change.holidays().isEmpty()) {
            follow(change.holidays());
        }
    }

    /**
     * Counts again every deadline of the current tenant still running after the earliest of {@code days} began (and
     * after now), with the calendar as this transaction sees it; answers how many moved. Reads a batch at a time.
     */
    public int follow(Set<LocalDate> days) {
        SlaPolicy policy = calendars.fresh();
        Instant now = clock.instant();
        Instant changedFrom = Collections.min(days).atStartOfDay(policy.calendar().zone()).toInstant();
        Instant after = changedFrom.isAfter(now) ? changedFrom : now;
        // A running deadline is moved no earlier than the end of the tenant's day (see Complaint.followCalendar).
        Instant endOfToday = now.atZone(policy.calendar().zone()).toLocalDate().plusDays(1)
                .atStartOfDay(policy.calendar().zone()).toInstant();
        EntityManager em = data.em();
        int moved = 0;
        long lastId = 0;
        for (;;) {
            List<Complaint> running = em.createQuery("SELECT c FROM Complaint c WHERE c.id > :last AND ("
                            + "(c.status IN :counting AND c.currentDueAt > :after AND c.currentDueAt < :none)"
                            + " OR (c.status = :resolved AND c.reopenableUntil > :after)) ORDER BY c.id", Complaint.class)
                    .setParameter("last", lastId)
                    .setParameter("counting", List.of(ComplaintStatus.RECEIVED, ComplaintStatus.DEFERRED, ComplaintStatus.VERIFIED,
                            ComplaintStatus.DISPOSED))
                    .setParameter("after", after).setParameter("none", Complaint.NO_DEADLINE)
                    .setParameter("resolved", ComplaintStatus.RESOLVED)
                    .setMaxResults(BATCH).getResultList();
            for (Complaint c : running) {
                if (c.followCalendar(policy, now, endOfToday)) {
                    moved++;
                }
                lastId = c.id();
            }
            em.flush();
            // What was counted is written; letting go of it keeps a regency's thousands of running complaints, with
            // their timelines, from piling up in this one transaction's memory. Only these: the caller's own entities
            // (the tenant being provisioned, say) must stay managed, or its later changes would be silently lost.
            running.forEach(em::detach);
            if (running.size() < BATCH) {
                return moved;
            }
        }
    }
}
