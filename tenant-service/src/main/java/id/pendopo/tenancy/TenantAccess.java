package id.pendopo.tenancy;

import id.pendopo.shared.Expiring;
import id.pendopo.shared.NotFoundException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Turns the tenant named in an authenticated principal's token into the tenant the request works for. The
 * claim was signed by the identity provider, so it is trusted; what it names must still exist and be active.
 *
 * <p>Every request asks, so active tenants are remembered for {@code pendopo.cache.seconds} (see {@link Expiring}).
 * A tenant that is suspended or archived here is refused at once; in the other application and on other nodes
 * within that time. Tenants that are not active are always looked up again.
 */
@ApplicationScoped
public class TenantAccess {

    @Inject
    TenantRepository tenants;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "pendopo.cache.seconds", defaultValue = "10")
    int cacheSeconds;

    /** Active tenants, detached, by slug and by id; read them, never change them. */
    private Expiring<String, Tenant> activeBySlug;
    private Expiring<String, Tenant> byId;

    public TenantAccess() {
    }

    /** For tools and tests outside a container. */
    public TenantAccess(TenantRepository tenants, Clock clock, Duration cacheFor) {
        this.tenants = tenants;
        this.clock = clock;
        this.cacheSeconds = (int) cacheFor.toSeconds();
        init();
    }

    @PostConstruct
    void init() {
        activeBySlug = new Expiring<>(clock, Duration.ofSeconds(cacheSeconds));
        byId = new Expiring<>(clock, Duration.ofSeconds(cacheSeconds));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TenantRef resolve(String slugFromToken) {
        if (slugFromToken == null || slugFromToken.isBlank()) {
            throw new TenantAccessDeniedException("no-tenant-claim",
                    "This account is not bound to any regency; ask the platform operator to add it to one");
        }
        Tenant tenant = activeBySlug.present(slugFromToken, () -> tenants.findBySlug(slugFromToken))
                .orElseThrow(() -> new TenantAccessDeniedException("unknown-tenant",
                        "Regency '" + slugFromToken + "' does not exist on this platform"));
        if (tenant.status() != TenantStatus.ACTIVE) {
            activeBySlug.forget(slugFromToken);
        }
        return switch (tenant.status()) {
            case ACTIVE -> tenant.ref();
            case SUSPENDED -> throw new TenantAccessDeniedException("tenant-suspended",
                    tenant.name() + " is suspended" + (tenant.statusReason() == null ? "" : ": " + tenant.statusReason())
                            + ". Contact the platform operator.");
            case PROVISIONING -> throw new TenantAccessDeniedException("tenant-not-ready",
                    tenant.name() + " is still being set up; try again in a minute");
            case ARCHIVED -> throw new TenantAccessDeniedException("tenant-archived",
                    tenant.name() + " has been closed down on this platform");
        };
    }

    /**
     * The tenant of {@code id} as it was at most {@code pendopo.cache.seconds} ago, for reading its name, code,
     * time zone and tracking prefix on every request. Detached: never change it.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Tenant snapshot(String id) {
        return byId.present(id, () -> tenants.find(id)).orElseThrow(() -> new NotFoundException("Tenant", id));
    }

    /** Forgets what is remembered of a tenant whose status or settings changed in this application. */
    public void forget(Tenant tenant) {
        activeBySlug.forget(tenant.slug());
        byId.forget(tenant.id());
    }
}
