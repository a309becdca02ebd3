package id.pendopo.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * A tenant's holidays or deadline settings changed: deadlines computed from now on must see the change. Fired in
 * the changing transaction; {@code holidays} are the days added or removed (empty for a change of the deadline
 * settings, which count from the next deadline on).
 *
 * <p>Fire it last in the transaction, after flushing, and change no complaint after it: the recount of running
 * deadlines ({@code DeadlinesFollowHolidays}) detaches the complaints it read, so a later change to one of them would
 * not be stored. Every caller today (holiday edits, the national holiday sweep, provisioning) fires it last.
 */
public record CalendarChanged(String tenantId, Set<LocalDate> holidays) {

    public CalendarChanged {
        holidays = Set.copyOf(holidays);
    }
}
