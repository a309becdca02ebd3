package id.pendopo.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/**
 * Which days are working days (hari kerja) for one tenant, and deadlines counted in them. Saturday and Sunday
 * are never working days; the given non-working dates (holidays and cuti bersama) are not either. Dates are
 * the tenant's local dates: a report at 23:30 WIB on Friday is a Friday report, although it is still Friday
 * 16:30 in UTC, and a Papua (WIT) regency's Monday starts two hours before a Java (WIB) one's.
 *
 * <p><b>Due instants.</b> A deadline of N working days for something that happened at any time on local day D
 * ends with the N-th working day after D (D itself never counts, whether or not it is a working day). The due
 * instant is the first instant after that day: local midnight at the start of the next calendar day. It is an
 * bound, the same moment as "the end of the N-th working day" (23:59:59.999... local): the thing is on time up
 * to it and overdue after it, as the complaint, its queries and the escalation sweep all count. Being a plain instant at a local midnight, it
 * renders cleanly as an Open311 {@code expected_datetime} with the tenant's offset, e.g.
 * {@code 2026-01-09T00:00:00+07:00}; {@link #dueDay(Instant)} gives the working day it closes, for people.
 *
 * <p>Immutable; build one per tenant with {@link WorkingCalendars}.
 */
public final class WorkingCalendar {

    private final Set<LocalDate> nonWorkingDates;
    private final ZoneId zone;

    public WorkingCalendar(Collection<LocalDate> nonWorkingDates, ZoneId zone) {
        this.nonWorkingDates = Set.copyOf(nonWorkingDates);
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Weekends only, no holidays: for tests and for a tenant whose calendar is still empty. */
    public static WorkingCalendar weekendsOnly(ZoneId zone) {
        return new WorkingCalendar(Set.of(), zone);
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !nonWorkingDates.contains(day);
    }

    /** The tenant's local date of an instant. */
    public LocalDate localDay(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    /**
     * The N-th working day after the local day of {@code start}. With {@code days == 0}, the local day itself if
     * it is a working day, otherwise the first working day after it.
     */
    public LocalDate nthWorkingDayAfter(Instant start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = localDay(start);
        if (days == 0) {
            while (!isWorkingDay(day)) {
                day = day.plusDays(1);
            }
            return day;
        }
        int counted = 0;
        while (counted < days) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /** The due instant of a deadline of {@code days} working days from {@code start}: see the class comment. */
    public Instant addWorkingDays(Instant start, int days) {
        return nthWorkingDayAfter(start, days).plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The last local day on which something due at {@code due} is still on time. */
    public LocalDate dueDay(Instant due) {
        return localDay(due.minusNanos(1));
    }

    /**
     * How many working days lie after the local day of {@code from}, up to and including the local day of
     * {@code to}: a report received on Monday and verified on Tuesday took one working day, one verified on the
     * same Monday took none. Negative when {@code to} is before {@code from}. This measures elapsed time for
     * reports; whether a deadline passed is {@link #isOverdue}'s question.
     */
    public int workingDaysBetween(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        LocalDate last = localDay(to);
        int count = 0;
        for (LocalDate day = localDay(from).plusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** Whether the clock's now is past {@code due}. */
    public boolean isOverdue(Instant due, Clock clock) {
        return clock.instant().isAfter(due);
    }
}
