package id.pendopo.api.tenancy;

import id.pendopo.shared.NotFoundException;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantRef;
import id.pendopo.tenancy.TenantRepository;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The tenant record of the request's resolved tenant, read at most once per request. */
@RequestScoped
public class CurrentTenant {

    @Inject
    TenantRepository tenants;

    private Tenant tenant;

    public Tenant get() {
        if (tenant == null) {
            TenantRef ref = TenantContext.require();
            tenant = tenants.find(ref.id()).orElseThrow(() -> new NotFoundException("Tenant", ref.slug()));
        }
        return tenant;
    }
}
