package id.pendopo.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * A day of the national list that was once offered to the tenant's calendar: added, or left alone because the day
 * already had a holiday. A day offered is never offered again, so a national holiday the admin deleted stays
 * deleted, and only days new to {@link NationalHolidays} (such as next year's, once its decree is out) reach
 * existing regencies.
 */
@Entity
@Table(name = "national_holiday_offer")
@Multitenant(MultitenantType.SINGLE_TABLE)
// The tenant is part of the identity, as in the table's key: every tenant has a row for the same day.
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 36, primaryKey = true)
public class NationalHolidayOffer {

    @Id
    @Column(name = "holiday_date", nullable = false)
    private LocalDate day;

    protected NationalHolidayOffer() {
    }

    NationalHolidayOffer(LocalDate day) {
        this.day = day;
    }

    public LocalDate day() {
        return day;
    }
}
