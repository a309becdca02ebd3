package id.pendopo.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.tenancy.RegionalTime;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Working days are the tenant's weekdays minus its holidays and cuti bersama, read in the tenant's own zone; a
 * deadline of N working days ends with the N-th working day after the day something happened.
 */
class WorkingCalendarTest {

    private static final ZoneId WIB = RegionalTime.WIB.zone();
    private static final WorkingCalendar WIB_2026 = national(WIB);

    @Test
    void weekendsAndHolidaysDoNotCount() {
        // Wednesday 14 January 2026; Friday 16 January is Isra Mikraj.
        Instant wednesday = wib("2026-01-14T09:00");
        assertThat(WIB_2026.dueDay(WIB_2026.addWorkingDays(wednesday, 3)))
                .isEqualTo(LocalDate.of(2026, 1, 20)); // Thu 15, Mon 19, Tue 20
        assertThat(WorkingCalendar.weekendsOnly(WIB).dueDay(WorkingCalendar.weekendsOnly(WIB).addWorkingDays(wednesday, 3)))
                .isEqualTo(LocalDate.of(2026, 1, 19)); // Thu 15, Fri 16, Mon 19
        assertThat(WIB_2026.isWorkingDay(LocalDate.of(2026, 1, 16))).isFalse();
        assertThat(WIB_2026.isWorkingDay(LocalDate.of(2026, 1, 17))).isFalse();
        assertThat(WIB_2026.isWorkingDay(LocalDate.of(2026, 1, 15))).isTrue();
    }

    @Test
    void cutiBersamaDoesNotCountEither() {
        // Tuesday 17 March 2026, before Nyepi and Idul Fitri: 18-24 March are cuti bersama, holidays or weekend.
        Instant due = WIB_2026.addWorkingDays(wib("2026-03-17T10:00"), 3);
        assertThat(WIB_2026.dueDay(due)).isEqualTo(LocalDate.of(2026, 3, 27)); // Wed 25, Thu 26, Fri 27
    }

    @Test
    void aReportLateOnFridayInWibCountsFromFriday() {
        // Friday 9 January 2026 23:30 WIB is still Friday 16:30 in UTC.
        Instant lateFriday = wib("2026-01-09T23:30");
        assertThat(lateFriday).isEqualTo(Instant.parse("2026-01-09T16:30:00Z"));
        assertThat(WIB_2026.localDay(lateFriday)).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(WIB_2026.dueDay(WIB_2026.addWorkingDays(lateFriday, 3))).isEqualTo(LocalDate.of(2026, 1, 14));

        // Friday 06:00 WIB is Thursday 23:00 in UTC; counted in UTC it would be due a day early.
        Instant earlyFriday = wib("2026-01-09T06:00");
        assertThat(earlyFriday).isEqualTo(Instant.parse("2026-01-08T23:00:00Z"));
        assertThat(WIB_2026.dueDay(WIB_2026.addWorkingDays(earlyFriday, 3))).isEqualTo(LocalDate.of(2026, 1, 14));
    }

    @Test
    void aReportOnTheWeekendCountsFromMonday() {
        Instant saturday = wib("2026-01-10T11:00");
        assertThat(WIB_2026.dueDay(WIB_2026.addWorkingDays(saturday, 1))).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(WIB_2026.dueDay(WIB_2026.addWorkingDays(saturday, 0))).isEqualTo(LocalDate.of(2026, 1, 12));
    }

    @Test
    void witaAndWitTenantsCountInTheirOwnZone() {
        // One instant: Thursday 23:30 in Java, already Friday in Sulawesi and Papua.
        Instant sent = Instant.parse("2026-01-08T16:30:00Z");
        WorkingCalendar wita = national(RegionalTime.WITA.zone());
        WorkingCalendar wit = national(RegionalTime.WIT.zone());

        assertThat(WIB_2026.addWorkingDays(sent, 3)).isEqualTo(Instant.parse("2026-01-13T17:00:00Z")); // end Tue 13 WIB
        assertThat(wita.addWorkingDays(sent, 3)).isEqualTo(Instant.parse("2026-01-14T16:00:00Z"));     // end Wed 14 WITA
        assertThat(wit.addWorkingDays(sent, 3)).isEqualTo(Instant.parse("2026-01-14T15:00:00Z"));      // end Wed 14 WIT
    }

    @Test
    void aTenantAdminsRegionalHolidayMovesTheDueDate() {
        Instant monday = wib("2026-01-05T10:00");
        List<LocalDate> withHariJadi = new ArrayList<>(days(NationalHolidays.all()));
        withHariJadi.add(LocalDate.of(2026, 1, 7));
        WorkingCalendar regional = new WorkingCalendar(withHariJadi, WIB);

        assertThat(WIB_2026.dueDay(WIB_2026.addWorkingDays(monday, 3))).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(regional.dueDay(regional.addWorkingDays(monday, 3))).isEqualTo(LocalDate.of(2026, 1, 9));
    }

    @Test
    void theDueInstantIsLocalMidnightAfterTheLastDay() {
        Instant due = WIB_2026.addWorkingDays(wib("2026-01-05T10:00"), 3);
        assertThat(due.atZone(WIB).toLocalDateTime()).isEqualTo(LocalDateTime.parse("2026-01-09T00:00"));
        assertThat(due.atZone(WIB).toOffsetDateTime().toString()).isEqualTo("2026-01-09T00:00+07:00");
        assertThat(WIB_2026.dueDay(due)).isEqualTo(LocalDate.of(2026, 1, 8));
    }

    @Test
    void workingDaysBetweenCountsTheDaysAfterTheFirstUpToTheLast() {
        Instant monday = wib("2026-01-05T10:00");
        assertThat(WIB_2026.workingDaysBetween(monday, wib("2026-01-05T16:00"))).isZero();
        assertThat(WIB_2026.workingDaysBetween(monday, wib("2026-01-06T08:00"))).isEqualTo(1);
        assertThat(WIB_2026.workingDaysBetween(wib("2026-01-09T23:30"), wib("2026-01-12T00:10"))).isEqualTo(1);
        assertThat(WIB_2026.workingDaysBetween(wib("2026-01-14T09:00"), wib("2026-01-20T09:00"))).isEqualTo(3);
        assertThat(WIB_2026.workingDaysBetween(wib("2026-01-06T08:00"), monday)).isEqualTo(-1);
    }

    @Test
    void somethingDueInNWorkingDaysHasTakenNWorkingDaysJustBeforeItIsDue() {
        Instant received = wib("2026-03-13T22:00");
        for (int n = 0; n <= 15; n++) {
            Instant due = WIB_2026.addWorkingDays(received, n);
            assertThat(WIB_2026.workingDaysBetween(received, due.minusNanos(1))).as("n=%d", n).isEqualTo(n);
            assertThat(WIB_2026.isWorkingDay(WIB_2026.dueDay(due))).as("n=%d", n).isTrue();
        }
    }

    @Test
    void aNegativeNumberOfDaysIsRefused() {
        assertThatThrownBy(() -> WIB_2026.addWorkingDays(wib("2026-01-05T10:00"), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static WorkingCalendar national(ZoneId zone) {
        return new WorkingCalendar(days(NationalHolidays.all()), zone);
    }

    static List<LocalDate> days(List<NationalHolidays.Entry> entries) {
        return entries.stream().map(NationalHolidays.Entry::day).toList();
    }

    static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WIB).toInstant();
    }
}
