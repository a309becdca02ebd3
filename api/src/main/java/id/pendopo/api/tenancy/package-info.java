/**
 * Tenancy at the API's edge. {@link id.pendopo.api.tenancy.TenantResolutionFilter} turns the {@code tenant}
 * claim of the caller's verified token into the tenant of the request, once, and runs the rest of the request
 * inside it; nothing a client sends in a path, query or body can choose another tenant. The operator's tenant
 * administration ({@code /v1/tenants}) and the staff's view of their own regency ({@code /v1/tenant}) live here too.
 */
package id.pendopo.api.tenancy;
