package id.pendopo.tenancy;

/**
 * Lifecycle of a tenant. Staff and API clients of a tenant get in only while it is {@link #ACTIVE};
 * platform operators see and manage tenants in every status.
 */
public enum TenantStatus {
    /** Provisioning started and has not completed; nobody of the tenant can sign in yet. */
    PROVISIONING,
    ACTIVE,
    /** Temporarily refused, for example for unpaid service or a security incident; data kept. */
    SUSPENDED,
    /** Closed down and waiting to be purged; data kept until then, nobody of the tenant gets in. */
    ARCHIVED
}
