/**
 * The tenant admin's settings of the complaint workflow: complaint categories, the holiday calendar that decides
 * working days, and the SLA deadlines. The rules live in the core ({@code ComplaintCategories},
 * {@code HolidayCalendar}, {@code SlaSettings}); these screens only show them and their refusals.
 */
package id.pendopo.ui.settings;
