/**
 * Tenancy: every regency (kabupaten/kota) is one isolated tenant.
 *
 * <p>The {@link id.pendopo.tenancy.Tenant} aggregate holds a regency's identity (Kemendagri code and slug),
 * its time zone, locale, branding and lifecycle status. {@link id.pendopo.tenancy.TenantContext} carries the
 * tenant resolved once per request from the authenticated principal, and {@link id.pendopo.tenancy.TenantData}
 * is the only way to an EntityManager for tenant-owned rows: EclipseLink then filters every read and stamps
 * every write with the tenant. {@link id.pendopo.tenancy.TenantProvisioning} creates a tenant together with
 * its identity organization and first administrator as one retry-safe operation.
 */
package id.pendopo.tenancy;
