package id.pendopo.ui.complaint;

import id.pendopo.complaint.ComplaintFilter;
import id.pendopo.complaint.ComplaintQueries;
import id.pendopo.complaint.ComplaintStatus;
import id.pendopo.shared.ValidationException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the inbox's filter bar holds, as people enter it: dates are days in the regency's time zone, the "to"
 * day is included. {@link #toFilter} turns it into the core's {@link ComplaintFilter}; an agency officer's
 * agency always replaces whatever agency was chosen.
 */
public class InboxCriteria {

    /** The orders the inbox offers. */
    public enum Sort {
        NEWEST(ComplaintQueries.Order.NEWEST),
        OLDEST(ComplaintQueries.Order.OLDEST),
        DUE_SOONEST(ComplaintQueries.Order.DUE_SOONEST),
        /** Whatever changed last first: a reporter's reply, a step, a moved deadline. */
        RECENTLY_UPDATED(ComplaintQueries.Order.RECENTLY_UPDATED);

        private final ComplaintQueries.Order order;

        Sort(ComplaintQueries.Order order) {
            this.order = order;
        }

        public ComplaintQueries.Order order() {
            return order;
        }
    }

    private Set<ComplaintStatus> statuses = EnumSet.noneOf(ComplaintStatus.class);
    private String categoryCode;
    private Long agencyId;
    private String districtCode;
    private boolean overdueOnly;
    private LocalDate from;
    private LocalDate to;
    private String text;
    private Sort sort = Sort.NEWEST;

    /**
     * The core's filter. {@code restrictedToAgency} is the agency officer's agency (null for others).
     *
     * @throws ValidationException when the date range ends before it starts
     */
    public ComplaintFilter toFilter(ZoneId zone, Long restrictedToAgency) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ValidationException.of("receivedTo", "must not be before the start of the range");
        }
        String search = text == null || text.isBlank() ? null : text.strip();
        return new ComplaintFilter(statuses == null || statuses.isEmpty() ? null : EnumSet.copyOf(statuses),
                blankToNull(categoryCode), restrictedToAgency != null ? restrictedToAgency : agencyId,
                blankToNull(districtCode), overdueOnly ? Boolean.TRUE : null,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), null, search, false);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public Set<ComplaintStatus> getStatuses() {
        return statuses;
    }

    public void setStatuses(Set<ComplaintStatus> statuses) {
        this.statuses = statuses == null || statuses.isEmpty() ? EnumSet.noneOf(ComplaintStatus.class)
                : EnumSet.copyOf(statuses);
    }

    public String getCategoryCode() {
        return categoryCode;
    }

    public void setCategoryCode(String categoryCode) {
        this.categoryCode = categoryCode;
    }

    public Long getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(Long agencyId) {
        this.agencyId = agencyId;
    }

    public String getDistrictCode() {
        return districtCode;
    }

    public void setDistrictCode(String districtCode) {
        this.districtCode = districtCode;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Sort getSort() {
        return sort;
    }

    public void setSort(Sort sort) {
        this.sort = sort == null ? Sort.NEWEST : sort;
    }
}
