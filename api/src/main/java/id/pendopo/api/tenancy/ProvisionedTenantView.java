package id.pendopo.api.tenancy;

import id.pendopo.identity.StaffAccount;
import id.pendopo.tenancy.ProvisionedTenant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The answer to creating a tenant: the tenant, and its first administrator. The temporary password is present
 * only in the answer of the call that created the account; Pendopo does not keep it, so hand it over now.
 */
@Schema(name = "ProvisionedTenant")
public record ProvisionedTenantView(TenantView tenant, Admin admin,
        @Schema(description = "Whether this call created the tenant (false: a retry found it)") boolean created) {

    /** The tenant's first administrator account. */
    @Schema(name = "TenantAdmin")
    public record Admin(@Schema(example = "admin.langkat") String username, String email,
            @Schema(description = "Present only when this call created the account; must be changed at first sign-in")
            String temporaryPassword) {
    }

    public static ProvisionedTenantView of(ProvisionedTenant p) {
        StaffAccount a = p.admin();
        return new ProvisionedTenantView(TenantView.of(p.tenant()),
                a == null ? null : new Admin(a.username(), a.email(), a.temporaryPassword()), p.created());
    }
}
