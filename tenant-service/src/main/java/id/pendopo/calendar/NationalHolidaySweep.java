package id.pendopo.calendar;

import id.pendopo.shared.Transactions;
import id.pendopo.shared.cluster.Cluster;
import id.pendopo.tenancy.TenantRepository;
import id.pendopo.tenancy.TenantSweep;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;

/**
 * Brings days new to {@link NationalHolidays} (next year's, once its decree is published and added there) to every
 * active regency, once an hour on one node: each day is offered to a tenant once ({@link HolidayCalendar#offerNational}),
 * so a national holiday an admin deleted is not brought back. A new regency gets the list at provisioning.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class NationalHolidaySweep {

    @Inject
    Cluster cluster;
    @Inject
    TenantRepository tenants;
    @Inject
    HolidayCalendar calendar;
    @Inject
    Transactions tx;
    @Inject
    Clock clock;

    @Schedule(minute = "17", hour = "*", persistent = false)
    void hourly() {
        if (cluster.claim("national-holidays", clock.instant().truncatedTo(ChronoUnit.HOURS).toString(),
                Duration.ofMinutes(50))) {
            run();
        }
    }

    /** Offers the national list to every active tenant; returns how many holidays were added in all. */
    public int run() {
        return TenantSweep.overActiveTenants(tenants, tx, "National holidays",
                t -> calendar.offerNational(NationalHolidays.all()));
    }
}
