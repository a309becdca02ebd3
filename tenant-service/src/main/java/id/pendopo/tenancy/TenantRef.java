package id.pendopo.tenancy;

/**
 * The resolved tenant of the current request or job: its id, which is the value of every tenant-owned row's
 * {@code tenant_id} column, and its slug for messages and links.
 */
public record TenantRef(String id, String slug) {
}
