/**
 * The tenant of each request. {@link id.pendopo.ui.tenancy.TenantFilter} resolves it once per HTTP request from
 * the signed-in user's token and enters it in {@link id.pendopo.tenancy.TenantContext} for everything the request
 * does; {@link id.pendopo.ui.tenancy.SessionTenant} gives it to work that runs outside a request (push, background
 * threads).
 */
package id.pendopo.ui.tenancy;
