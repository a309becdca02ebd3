/**
 * MicroProfile Health checks of the API, served by Payara at the server root: {@code /health/ready} is UP when
 * the database answers and Keycloak's signing keys can be fetched, {@code /health/live} when the JVM has memory
 * left to work with.
 */
package id.pendopo.api.health;
