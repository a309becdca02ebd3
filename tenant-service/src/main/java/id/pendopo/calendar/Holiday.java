package id.pendopo.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * One day on which the tenant's offices are closed besides the weekend: a national holiday, cuti bersama or a
 * regional holiday. A tenant has at most one holiday per day.
 */
@Entity
@Table(name = "holiday")
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = "eclipselink.tenant-id", length = 36)
public class Holiday {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "holiday_date", nullable = false)
    private LocalDate day;

    @Column(nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private HolidayKind kind;

    protected Holiday() {
    }

    public Holiday(LocalDate day, String name, HolidayKind kind) {
        this.day = day;
        this.name = name;
        this.kind = kind;
    }

    public Long id() {
        return id;
    }

    public LocalDate day() {
        return day;
    }

    public String name() {
        return name;
    }

    public HolidayKind kind() {
        return kind;
    }
}
