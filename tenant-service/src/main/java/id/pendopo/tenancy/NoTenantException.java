package id.pendopo.tenancy;

import id.pendopo.shared.DomainException;

/** Tenant-owned data was asked for by code that runs without a resolved tenant. Always a programming error. */
public class NoTenantException extends DomainException {

    public NoTenantException() {
        super("no-tenant", "No tenant is resolved for this request; tenant data cannot be read or written");
    }
}
