package id.pendopo.tenancy;

import id.pendopo.shared.DomainException;

/**
 * The signed-in principal's tenant may not use the platform now: unknown, still provisioning, suspended or
 * archived. The type tells which, for a clear message to staff and API clients.
 */
public class TenantAccessDeniedException extends DomainException {

    public TenantAccessDeniedException(String type, String message) {
        super(type, message);
    }
}
