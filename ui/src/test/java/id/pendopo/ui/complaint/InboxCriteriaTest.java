package id.pendopo.ui.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.complaint.ComplaintFilter;
import id.pendopo.complaint.ComplaintQueries;
import id.pendopo.complaint.ComplaintStatus;
import id.pendopo.shared.ValidationException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InboxCriteriaTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Test
    void anEmptyFilterBarShowsEverything() {
        assertThat(new InboxCriteria().toFilter(WIB, null)).isEqualTo(ComplaintFilter.ALL);
    }

    @Test
    void everyFieldReachesTheCoreAndDaysAreWholeDaysInTheRegencysZone() {
        InboxCriteria c = new InboxCriteria();
        c.setStatuses(Set.of(ComplaintStatus.RECEIVED, ComplaintStatus.DEFERRED));
        c.setCategoryCode("INFRASTRUKTUR");
        c.setAgencyId(7L);
        c.setDistrictCode("12.05.01");
        c.setOverdueOnly(true);
        c.setFrom(LocalDate.of(2026, 12, 1));
        c.setTo(LocalDate.of(2026, 12, 1));
        c.setText("  jalan rusak ");

        ComplaintFilter f = c.toFilter(WIB, null);

        assertThat(f.statuses()).containsExactlyInAnyOrder(ComplaintStatus.RECEIVED, ComplaintStatus.DEFERRED);
        assertThat(f.categoryCode()).isEqualTo("INFRASTRUKTUR");
        assertThat(f.agencyId()).isEqualTo(7L);
        assertThat(f.districtCode()).isEqualTo("12.05.01");
        assertThat(f.overdue()).isTrue();
        assertThat(f.receivedFrom()).isEqualTo(Instant.parse("2026-11-30T17:00:00Z"));
        assertThat(f.receivedBefore()).isEqualTo(Instant.parse("2026-12-01T17:00:00Z"));
        assertThat(f.text()).isEqualTo("jalan rusak");
        assertThat(f.publiclyListed()).isFalse();
    }

    @Test
    void anUncheckedOverdueBoxMeansAnyNotOnlyOnTime() {
        InboxCriteria c = new InboxCriteria();
        c.setOverdueOnly(false);
        c.setText("   ");
        assertThat(c.toFilter(WIB, null).overdue()).isNull();
        assertThat(c.toFilter(WIB, null).text()).isNull();
    }

    @Test
    void anAgencyOfficersAgencyReplacesTheChosenOne() {
        InboxCriteria c = new InboxCriteria();
        c.setAgencyId(7L);
        assertThat(c.toFilter(WIB, 3L).agencyId()).isEqualTo(3L);
    }

    @Test
    void aRangeThatEndsBeforeItStartsIsRefusedWithAFieldError() {
        InboxCriteria c = new InboxCriteria();
        c.setFrom(LocalDate.of(2026, 12, 2));
        c.setTo(LocalDate.of(2026, 12, 1));
        assertThatThrownBy(() -> c.toFilter(WIB, null)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo("receivedTo"));
    }

    @Test
    void sortsMapToTheQueriesOrders() {
        assertThat(InboxCriteria.Sort.DUE_SOONEST.order()).isEqualTo(ComplaintQueries.Order.DUE_SOONEST);
        assertThat(InboxCriteria.Sort.RECENTLY_UPDATED.order()).isEqualTo(ComplaintQueries.Order.RECENTLY_UPDATED);
        InboxCriteria c = new InboxCriteria();
        c.setSort(null);
        assertThat(c.getSort()).isEqualTo(InboxCriteria.Sort.NEWEST);
    }
}
