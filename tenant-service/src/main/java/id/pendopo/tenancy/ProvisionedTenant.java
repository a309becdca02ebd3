package id.pendopo.tenancy;

import id.pendopo.identity.StaffAccount;

/**
 * A tenant that provisioning completed, with its first administrator. The administrator's temporary password
 * is present only when this call created the account.
 */
public record ProvisionedTenant(Tenant tenant, StaffAccount admin, boolean created) {
}
