/**
 * Identity: who may sign in and with which roles. The platform keeps no passwords; the
 * {@link id.pendopo.identity.IdentityDirectory} seam hides the identity provider (Keycloak: one realm for the
 * platform, one organization per tenant) behind the few operations Pendopo needs.
 */
package id.pendopo.identity;
