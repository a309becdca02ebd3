package id.pendopo.calendar;

import static id.pendopo.calendar.WorkingCalendarTest.wib;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.tenancy.DefaultSettings;
import id.pendopo.tenancy.RegionalTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The LAPOR! SP4N deadlines: verify in 3 working days, follow up in 5 after disposition, auto-close 10 after. */
class SlaPolicyTest {

    private static final WorkingCalendar CALENDAR = WorkingCalendarTest.national(RegionalTime.WIB.zone());
    private static final SlaPolicy LAPOR = SlaPolicy.of(CALENDAR, Map.of(
            DefaultSettings.VERIFICATION_DAYS, "3",
            DefaultSettings.FOLLOW_UP_DAYS, "5",
            DefaultSettings.AUTO_CLOSE_DAYS, "10"));

    @Test
    void verificationIsDueAtTheEndOfTheThirdWorkingDay() {
        Instant received = wib("2026-01-05T10:00"); // Monday
        Instant due = LAPOR.verificationDue(received);
        assertThat(due).isEqualTo(wib("2026-01-09T00:00")); // the end of Thursday 8 January
        assertThat(CALENDAR.dueDay(due)).isEqualTo(LocalDate.of(2026, 1, 8));
    }

    @Test
    void followUpIsDueFiveWorkingDaysAfterTheDisposition() {
        Instant disposed = wib("2026-01-12T14:00"); // Monday; Friday 16 January is Isra Mikraj
        assertThat(CALENDAR.dueDay(LAPOR.followUpDue(disposed))).isEqualTo(LocalDate.of(2026, 1, 20));
    }

    @Test
    void aFollowedUpReportClosesTenWorkingDaysAfterTheFollowUp() {
        Instant followedUp = wib("2026-03-16T09:00"); // Monday, before Nyepi and Idul Fitri
        // Tue 17, then 18-24 March are off, Wed 25 .. Fri 27, Mon 30 .. Thu 2 April, Fri 3 is Good Friday, Mon 6, Tue 7
        assertThat(CALENDAR.dueDay(LAPOR.autoCloseAt(followedUp))).isEqualTo(LocalDate.of(2026, 4, 7));
    }

    @Test
    void overdueIsJudgedWithTheInjectedClock() {
        Instant received = wib("2026-01-05T10:00");
        Instant due = LAPOR.verificationDue(received);
        Clock atReceipt = Clock.fixed(received, RegionalTime.WIB.zone());

        assertThat(CALENDAR.isOverdue(due, Clock.offset(atReceipt, Duration.ofDays(3)))).isFalse(); // Thu 10:00
        assertThat(CALENDAR.isOverdue(due, Clock.offset(atReceipt, Duration.ofDays(4)))).isTrue();  // Fri 10:00
        assertThat(CALENDAR.isOverdue(due, Clock.fixed(wib("2026-01-08T23:59:59"), RegionalTime.WIB.zone()))).isFalse();
        assertThat(CALENDAR.isOverdue(due, Clock.fixed(due, RegionalTime.WIB.zone()))).as("as Complaint counts").isFalse();
        assertThat(CALENDAR.isOverdue(due, Clock.fixed(due.plusNanos(1000), RegionalTime.WIB.zone()))).isTrue();
    }

    @Test
    void aTenantsOwnSettingsChangeTheDeadlines() {
        Map<String, String> settings = new HashMap<>(Map.of(
                DefaultSettings.VERIFICATION_DAYS, "1",
                DefaultSettings.FOLLOW_UP_DAYS, "5",
                DefaultSettings.AUTO_CLOSE_DAYS, "10"));
        SlaPolicy strict = SlaPolicy.of(CALENDAR, settings);
        assertThat(CALENDAR.dueDay(strict.verificationDue(wib("2026-01-05T10:00")))).isEqualTo(LocalDate.of(2026, 1, 6));

        settings.remove(DefaultSettings.AUTO_CLOSE_DAYS);
        assertThatThrownBy(() -> SlaPolicy.of(CALENDAR, settings))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(DefaultSettings.AUTO_CLOSE_DAYS);
    }
}
