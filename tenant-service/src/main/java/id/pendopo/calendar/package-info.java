/**
 * Working days (hari kerja): the one place that knows which days count for complaint deadlines. A tenant's
 * calendar is the weekend plus its {@link id.pendopo.calendar.Holiday holidays} (national holidays, cuti
 * bersama and the regency's own regional holidays, which the tenant admin edits), read in the tenant's time
 * zone. {@link id.pendopo.calendar.WorkingCalendar} does the arithmetic, {@link id.pendopo.calendar.SlaPolicy}
 * turns the LAPOR! SP4N rules into due instants.
 */
package id.pendopo.calendar;
