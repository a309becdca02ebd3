package id.pendopo.calendar;

/** A tenant's holidays or deadline settings changed: deadlines computed from now on must see the change. */
public record CalendarChanged(String tenantId) {
}
