package id.pendopo.calendar;

import id.pendopo.shared.NotFoundException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * The current tenant's {@link WorkingCalendar} and {@link SlaPolicy}, built from its holiday rows, its time
 * zone and its settings. Built afresh on each call: a holiday the admin adds counts from the next deadline on.
 * Call it inside a transaction, like {@link TenantData}.
 */
@ApplicationScoped
public class WorkingCalendars {

    @Inject
    TenantData data;

    @Inject
    TenantRepository tenants;

    @Inject
    SlaSettings sla;

    public WorkingCalendars() {
    }

    /** For tools and tests outside a container. */
    public WorkingCalendars(TenantData data, TenantRepository tenants) {
        this.data = data;
        this.tenants = tenants;
        this.sla = new SlaSettings(data);
    }

    public WorkingCalendar current() {
        String tenantId = TenantContext.require().id();
        var tenant = tenants.find(tenantId).orElseThrow(() -> new NotFoundException("Tenant", tenantId));
        var days = data.em().createQuery("SELECT h.day FROM Holiday h", LocalDate.class).getResultList();
        return new WorkingCalendar(days, tenant.timeZone().zone());
    }

    public SlaPolicy slaPolicy() {
        return new SlaPolicy(current(), sla.current());
    }
}
