package id.pendopo.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Keycloak settings of the sign-in, read from MicroProfile Config at run time (system properties or
 * environment variables such as {@code PENDOPO_KEYCLOAK_URL} and {@code PENDOPO_UI_CLIENT_SECRET} override the
 * defaults), so one WAR serves every environment.
 *
 * <p>{@link OidcLogin}'s annotation reaches these values through Expression Language ({@code ${pendopoOidc.providerUri}}):
 * Jakarta Security evaluates EL in the annotation's attributes only when the whole attribute is one expression,
 * so the realm URL is composed here rather than in the annotation.
 */
@ApplicationScoped
@Named("pendopoOidc")
public class OidcSettings {

    public static final String CLIENT_ID = "pendopo-ui";

    // Shared with the identity directory; the defaults are in tenant-service's microprofile-config.properties.
    @Inject
    @ConfigProperty(name = "pendopo.keycloak.url")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "pendopo.keycloak.realm")
    String realm;

    @Inject
    @ConfigProperty(name = "pendopo.ui.client-secret", defaultValue = "pendopo-ui-dev-secret")
    String clientSecret;

    /** The realm URL, which is the OpenID provider's issuer, e.g. {@code http://localhost:8180/realms/pendopo}. */
    public String getProviderUri() {
        return realmUrl(keycloakUrl, realm);
    }

    public String getClientId() {
        return CLIENT_ID;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    static String realmUrl(String keycloakUrl, String realm) {
        String base = keycloakUrl.trim();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + "/realms/" + realm.trim();
    }
}
