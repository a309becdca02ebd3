package id.pendopo.ui.security;

import id.pendopo.identity.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Everyone signs in at Keycloak (authorization code flow). Realm roles arrive in the {@code groups} claim and
 * become the container's roles, so {@code isUserInRole} and {@code @RolesAllowed} on views work. The realm also
 * puts the user's tenant (a user attribute) into the tokens; {@link id.pendopo.ui.tenancy.TenantFilter} reads it.
 *
 * <p>Payara handles {@code /callback}; {@link CallbackServlet} then returns the user to the page they asked for.
 * Logging out also ends the Keycloak session ({@code notifyProvider}).
 *
 * <p>Roles and claims are those of the sign-in for the whole session (Soteria does not register the session again
 * after a refresh). So the session lives only as long as Keycloak refreshes its tokens ({@code tokenAutoRefresh}:
 * a request in the last 30 s of the access token's 5 minutes refreshes it): once an account is disabled, or its
 * sessions are ended because its roles or agency changed ({@code KeycloakDirectory}), the refresh fails and the user
 * is signed out. The console's 30-second poll makes that happen within about 5 minutes even on an idle page.
 */
@ApplicationScoped
@DeclareRoles({Role.Names.PLATFORM_OPERATOR, Role.Names.TENANT_ADMIN, Role.Names.COMPLAINT_OFFICER,
        Role.Names.AGENCY_OFFICER, Role.Names.CALL_TAKER, Role.Names.DISPATCHER, Role.Names.COMMAND_VIEWER})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${pendopoOidc.providerUri}",
        clientId = "${pendopoOidc.clientId}",
        clientSecret = "${pendopoOidc.clientSecret}",
        redirectURI = "${baseURL}/callback",
        scope = {"openid", "profile", "email", "organization"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        redirectToOriginalResource = false,
        tokenAutoRefresh = true,
        tokenMinValidity = 30_000,
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
public class OidcLogin {
}
