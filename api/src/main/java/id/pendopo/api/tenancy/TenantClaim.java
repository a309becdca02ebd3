package id.pendopo.api.tenancy;

import id.pendopo.identity.Role;
import id.pendopo.tenancy.TenantAccessDeniedException;
import id.pendopo.tenancy.TenantRef;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Reads the regency a token belongs to. Keycloak puts the slug in a {@code tenant} claim: from the user's
 * {@code tenant} attribute for staff, hardcoded for an integration's client. Depending on the mapper it arrives as
 * a string or as a one-element array; a token naming two different regencies is refused rather than guessed.
 */
public final class TenantClaim {

    public static final String NAME = "tenant";

    private TenantClaim() {
    }

    /** The slug named by the token, or empty when the token names none. */
    public static Optional<String> slugOf(JsonWebToken token) {
        return slugOf((Object) token.getClaim(NAME));
    }

    static Optional<String> slugOf(Object claim) {
        Set<String> slugs = new LinkedHashSet<>();
        collect(claim, slugs);
        if (slugs.size() > 1) {
            throw new TenantAccessDeniedException("ambiguous-tenant-claim",
                    "The token names several regencies " + slugs + "; an account must belong to exactly one");
        }
        return slugs.stream().findFirst();
    }

    private static void collect(Object value, Set<String> slugs) {
        if (value == null || value == JsonValue.NULL) {
            return;
        }
        if (value instanceof JsonString s) {
            collect(s.getString(), slugs);
        } else if (value instanceof CharSequence s) {
            String slug = s.toString().trim();
            if (!slug.isEmpty()) {
                slugs.add(slug);
            }
        } else if (value instanceof JsonArray array) {
            array.forEach(v -> collect(v, slugs));
        } else if (value instanceof Collection<?> values) {
            values.forEach(v -> collect(v, slugs));
        } else {
            throw new TenantAccessDeniedException("invalid-tenant-claim",
                    "The token's tenant claim is not a regency name");
        }
    }

    /**
     * The tenant a request of this caller works for. Platform operators without a tenant claim work for none
     * and may use only the operator endpoints; every other caller must name an active regency, or
     * {@code access} refuses with a {@link TenantAccessDeniedException} (no claim, unknown, suspended, archived).
     *
     * @param access the platform's check of a slug, {@code TenantAccess::resolve} in production
     */
    public static Optional<TenantRef> resolve(JsonWebToken token, Function<String, TenantRef> access) {
        Optional<String> slug = slugOf(token);
        if (slug.isEmpty() && isOperator(token)) {
            return Optional.empty();
        }
        return Optional.of(access.apply(slug.orElse(null)));
    }

    private static boolean isOperator(JsonWebToken token) {
        Set<String> groups = token.getGroups();
        return groups != null && groups.contains(Role.Names.PLATFORM_OPERATOR);
    }
}
