package id.pendopo.ui.tenancy;

import jakarta.security.enterprise.identitystore.openid.Claims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.List;
import java.util.Optional;

/**
 * The tenant a signed-in user belongs to: the {@code tenant} claim that the realm maps from the user's
 * {@code tenant} attribute into the identity and the access token. The claim was signed by Keycloak, so it is
 * trusted; whether the tenant may work now is {@link id.pendopo.tenancy.TenantAccess}'s decision.
 */
public final class TenantClaim {

    public static final String NAME = "tenant";

    private TenantClaim() {
    }

    /** Read during an HTTP request only: the OpenID context lives in the HTTP session. */
    public static Optional<String> of(OpenIdContext context) {
        return single(NAME, context);
    }

    /** The first non-blank tenant claim among the sources, identity token first. */
    public static Optional<String> from(Claims... sources) {
        return single(NAME, sources);
    }

    /** Reads another single-valued string claim the same way, during an HTTP request only (e.g. {@code agency}). */
    public static Optional<String> single(String name, OpenIdContext context) {
        if (context == null) {
            return Optional.empty();
        }
        Claims id = context.getIdentityToken() == null ? null : context.getIdentityToken().getJwtClaims();
        Claims access = context.getAccessToken() == null ? null : context.getAccessToken().getJwtClaims();
        return single(name, id, access);
    }

    /** The first non-blank value of the single-valued claim {@code name} among the sources. */
    public static Optional<String> single(String name, Claims... sources) {
        for (Claims claims : sources) {
            Optional<String> value = value(name, claims);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> value(String name, Claims claims) {
        if (claims == null) {
            return Optional.empty();
        }
        Optional<String> single;
        try {
            single = claims.getStringClaim(name);
        } catch (RuntimeException notAString) {
            // A mapper set to "multivalued" sends ["langkat"]: accept exactly one value, never guess among several.
            List<String> values = claims.getArrayStringClaim(name);
            single = values.size() == 1 ? Optional.ofNullable(values.get(0)) : Optional.empty();
        }
        return single.map(String::trim).filter(s -> !s.isEmpty());
    }
}
