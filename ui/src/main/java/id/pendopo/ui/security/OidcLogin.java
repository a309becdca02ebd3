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
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${baseURL}/"))
public class OidcLogin {
}
