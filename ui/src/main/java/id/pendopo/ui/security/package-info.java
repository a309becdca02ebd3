/**
 * Sign-in through Keycloak (OpenID Connect, one realm for the platform): the mechanism definition, its
 * run-time settings, the callback and logout servlets, and the role check on every view.
 */
package id.pendopo.ui.security;
