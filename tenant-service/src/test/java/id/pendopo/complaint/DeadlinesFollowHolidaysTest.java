package id.pendopo.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.calendar.Holiday;
import id.pendopo.calendar.HolidayKind;
import id.pendopo.calendar.WorkingCalendars;
import id.pendopo.tenancy.TenantRepository;
import id.pendopo.testing.ComplaintWorld;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A holiday added or removed after deadlines were set moves the deadlines still running, and only those. */
class DeadlinesFollowHolidaysTest {

    static final Actor COORDINATOR = new Actor("u-1", "Siti Verifikator");
    static final LocalDate THURSDAY = LocalDate.parse("2026-12-03");

    private ComplaintWorld world;
    private DeadlinesFollowHolidays deadlines;

    @BeforeEach
    void world() throws Exception {
        world = new ComplaintWorld();
        deadlines = new DeadlinesFollowHolidays(world.data, new WorkingCalendars(world.data, new TenantRepository(world.em)),
                world.clock);
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    private TrackingId submit() {
        return world.intake.submit(ComplaintWorld.pothole("12.05.01", null), List.of(), Actor.SYSTEM).trackingId();
    }

    private Complaint load(TrackingId id) {
        return world.inTx(() -> world.complaints.require(id));
    }

    /** Removing a holiday that has passed may shorten a running deadline, but never into the past. */
    @Test
    void removingAPastHolidayMovesARunningDeadlineNoEarlierThanTheEndOfToday() {
        LocalDate wednesday = LocalDate.parse("2026-12-02");
        Holiday holiday = world.inTx(() -> world.holidays.add(wednesday, "Cuti bersama", HolidayKind.REGIONAL));
        world.clock.set(ComplaintWorld.START); // Tuesday 1 December, 09:00 WIB
        TrackingId received = submit();
        assertThat(load(received).verificationDueAt()).isEqualTo(Instant.parse("2026-12-07T17:00:00Z")); // end of Mon 7

        world.clock.set(Instant.parse("2026-12-05T03:00:00Z")); // Saturday 5 December, 10:00 WIB
        world.inTx(() -> {
            world.holidays.remove(holiday.id());
            return deadlines.follow(Set.of(wednesday));
        });

        Complaint c = load(received);
        assertThat(c.verificationDueAt()).as("counted again it would be the end of Friday 4, already past")
                .isEqualTo(Instant.parse("2026-12-05T17:00:00Z"));
        assertThat(c.isOverdueFor(null, world.clock.instant())).isFalse();
    }

    /** A deadline set under one setting is counted again in the same number of days after the setting changed. */
    @Test
    void aRecountKeepsTheWorkingDaysTheDeadlineWasSetWithNotTodaysSetting() {
        world.inTx(() -> world.sla.change(new id.pendopo.calendar.SlaDays(5, 5, 10)));
        world.clock.set(ComplaintWorld.START); // Tuesday 1 December, 09:00 WIB
        TrackingId received = submit();
        assertThat(load(received).verificationDueAt()).isEqualTo(Instant.parse("2026-12-08T17:00:00Z")); // end of Tue 8
        world.inTx(() -> world.sla.change(new id.pendopo.calendar.SlaDays(3, 5, 10)));

        world.inTx(() -> {
            world.holidays.add(THURSDAY, "Hari jadi Kabupaten", HolidayKind.REGIONAL);
            return deadlines.follow(Set.of(THURSDAY));
        });

        assertThat(load(received).verificationDueAt()).as("five working days without Thursday 3, not three")
                .isEqualTo(Instant.parse("2026-12-09T17:00:00Z"));
    }

    /** The recount lets go of the complaints it read, and of nothing else in the caller's transaction. */
    @Test
    void whatTheCallerHoldsStaysManagedThroughTheRecount() {
        submit();
        TenantRepository tenants = new TenantRepository(world.em);
        world.inTx(() -> {
            var langkat = tenants.find(world.langkat.id()).orElseThrow();
            world.holidays.add(THURSDAY, "Hari jadi Kabupaten", HolidayKind.REGIONAL);
            deadlines.follow(Set.of(THURSDAY));
            langkat.suspend("audit", world.clock.instant()); // as provisioning activates the tenant after the holidays
            return null;
        });
        world.em.clear();
        assertThat(world.inTx(() -> tenants.find(world.langkat.id()).orElseThrow().status().name())).isEqualTo("SUSPENDED");
    }

    @Test
    void runningDeadlinesMoveWithAHolidayAndBackWhenItIsRemovedButAMissedOneStays() {
        world.clock.set(ComplaintWorld.START.minus(Duration.ofDays(8))); // Monday 23 November
        TrackingId missed = submit();
        Instant missedDue = load(missed).verificationDueAt();
        world.clock.set(ComplaintWorld.START); // Tuesday 1 December, 09:00 WIB
        TrackingId received = submit();
        TrackingId disposed = submit();
        long dpupr = world.agencyId("DPUPR");
        world.inTx(() -> world.desk.verify(disposed, COORDINATOR, null));
        world.inTx(() -> world.desk.dispose(disposed, Set.of(dpupr), COORDINATOR, null));
        assertThat(load(received).verificationDueAt()).isEqualTo(Instant.parse("2026-12-04T17:00:00Z")); // end of Fri 4
        assertThat(load(disposed).followUpDueAt()).contains(Instant.parse("2026-12-08T17:00:00Z")); // end of Tue 8

        Holiday holiday = world.inTx(() -> {
            Holiday h = world.holidays.add(THURSDAY, "Hari jadi Kabupaten", HolidayKind.REGIONAL);
            assertThat(deadlines.follow(Set.of(THURSDAY))).isEqualTo(2);
            return h;
        });

        assertThat(load(received).verificationDueAt()).isEqualTo(Instant.parse("2026-12-07T17:00:00Z")); // end of Mon 7
        assertThat(load(received).currentDue()).contains(Instant.parse("2026-12-07T17:00:00Z"));
        assertThat(load(disposed).followUpDueAt()).contains(Instant.parse("2026-12-09T17:00:00Z")); // end of Wed 9
        assertThat(load(missed).verificationDueAt()).as("already missed").isEqualTo(missedDue);

        world.inTx(() -> {
            world.holidays.remove(holiday.id());
            return deadlines.follow(Set.of(THURSDAY));
        });
        assertThat(load(received).verificationDueAt()).isEqualTo(Instant.parse("2026-12-04T17:00:00Z"));
        assertThat(load(disposed).followUpDueAt()).contains(Instant.parse("2026-12-08T17:00:00Z"));
    }

    @Test
    void aHolidayAfterEveryRunningDeadlineMovesNothing() {
        submit();
        int moved = world.inTx(() -> {
            world.holidays.add(LocalDate.parse("2026-12-21"), "Libur", HolidayKind.REGIONAL);
            return deadlines.follow(Set.of(LocalDate.parse("2026-12-21")));
        });
        assertThat(moved).isZero();
    }
}
