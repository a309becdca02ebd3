package id.pendopo.calendar;

import java.time.LocalDate;
import java.util.Set;

/**
 * A tenant's holidays or deadline settings changed: deadlines computed from now on must see the change. Fired in
 * the changing transaction; {@code holidays} are the days added or removed (empty for a change of the deadline
 * settings, which count from the next deadline on).
 */
public record CalendarChanged(String tenantId, Set<LocalDate> holidays) {

    public CalendarChanged {
        holidays = Set.copyOf(holidays);
    }
}
