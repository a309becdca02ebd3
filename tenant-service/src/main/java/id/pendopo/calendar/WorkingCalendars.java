package id.pendopo.calendar;

import id.pendopo.shared.Expiring;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.cluster.Cluster;
import id.pendopo.shared.cluster.PlatformEvent;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantRepository;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The current tenant's {@link WorkingCalendar} and {@link SlaPolicy}, built from its holiday rows, its time
 * zone and its settings. Call it inside a transaction, like {@link TenantData}.
 *
 * <p>Every report and every disposition needs the policy, so it is kept for {@code pendopo.cache.seconds}. A holiday
 * or deadline the admin changes counts from the next deadline on: in this application at once (through
 * {@link CalendarChanged}), in the other application and on other nodes as soon as the cluster event
 * {@value #CHANGED} arrives, and at the latest when the entry expires.
 */
@ApplicationScoped
public class WorkingCalendars {

    @Inject
    TenantData data;

    @Inject
    TenantRepository tenants;

    @Inject
    SlaSettings sla;

    @Inject
    Clock clock;

    @Inject
    Cluster cluster;

    @Inject
    @ConfigProperty(name = "pendopo.cache.seconds", defaultValue = "10")
    int cacheSeconds;

    private Expiring<String, SlaPolicy> policies;

    public WorkingCalendars() {
    }

    /** For tools and tests outside a container: nothing is kept, each call reads the tenant's rows. */
    public WorkingCalendars(TenantData data, TenantRepository tenants) {
        this.data = data;
        this.tenants = tenants;
        this.sla = new SlaSettings(data);
        this.clock = Clock.systemUTC();
        init();
    }

    static final String CHANGED = "calendar.changed";

    @PostConstruct
    void init() {
        policies = new Expiring<>(clock, Duration.ofSeconds(cacheSeconds));
        if (cluster != null) {
            cluster.subscribe(e -> {
                if (CHANGED.equals(e.type())) {
                    policies.forget(e.tenantId());
                }
            });
        }
    }

    public WorkingCalendar current() {
        String tenantId = TenantContext.require().id();
        var tenant = tenants.find(tenantId).orElseThrow(() -> new NotFoundException("Tenant", tenantId));
        var days = data.em().createQuery("SELECT h.day FROM Holiday h", LocalDate.class).getResultList();
        return new WorkingCalendar(days, tenant.timeZone().zone());
    }

    public SlaPolicy slaPolicy() {
        return policies.get(TenantContext.require().id(), this::fresh);
    }

    /** The policy from the rows as this transaction sees them, past the cache: for work inside a calendar change. */
    public SlaPolicy fresh() {
        return new SlaPolicy(current(), sla.current());
    }

    /** After the change's transaction, so that a concurrent deadline cannot keep the old rows. */
    void changed(@Observes(during = TransactionPhase.AFTER_COMPLETION) CalendarChanged change) {
        policies.forget(change.tenantId());
    }

    /** Tells the other application and the other nodes, once the change has committed ({@link Cluster#publish}). */
    void announce(@Observes CalendarChanged change) {
        if (cluster != null) {
            cluster.publish(new PlatformEvent(CHANGED, change.tenantId(), null, clock.instant()));
        }
    }
}
