/**
 * The browser console of Pendopo (Vaadin Flow): regency staff work in their own branded space, platform
 * operators manage tenants and the official region list. Views compose components and call one application
 * service of tenant-service each; rules live there, not here.
 *
 * <p>Sub-packages by capability: {@code security} (Keycloak sign-in), {@code tenancy} (the request's tenant),
 * {@code i18n} (Bahasa Indonesia and English), {@code shell} (layout and navigation), {@code home},
 * {@code staff}, {@code operator}.
 */
package id.pendopo.ui;
