package id.pendopo.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Turns the tenant named in an authenticated principal's token into the tenant the request works for. The
 * claim was signed by the identity provider, so it is trusted; what it names must still exist and be active.
 */
@ApplicationScoped
public class TenantAccess {

    @Inject
    TenantRepository tenants;

    @Transactional(Transactional.TxType.SUPPORTS)
    public TenantRef resolve(String slugFromToken) {
        if (slugFromToken == null || slugFromToken.isBlank()) {
            throw new TenantAccessDeniedException("no-tenant-claim",
                    "This account is not bound to any regency; ask the platform operator to add it to one");
        }
        Tenant tenant = tenants.findBySlug(slugFromToken)
                .orElseThrow(() -> new TenantAccessDeniedException("unknown-tenant",
                        "Regency '" + slugFromToken + "' does not exist on this platform"));
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
}
