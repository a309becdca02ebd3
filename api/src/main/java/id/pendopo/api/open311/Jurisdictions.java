package id.pendopo.api.open311;

import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantAccess;
import id.pendopo.tenancy.TenantAccessDeniedException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Function;

/**
 * Turns {@code jurisdiction_id} into the regency the request works for. It is required, since the endpoint serves
 * many jurisdictions: missing is 400, a slug of no regency 404, and so is a suspended, archived or unfinished one.
 * Unlike the main API's tenant, which comes from a signed token, this one is named by anyone; that is safe because
 * everything Open311 answers is public, and the only write needs an api_key of that same regency.
 */
@ApplicationScoped
public class Jurisdictions {

    @Inject
    TenantAccess access;

    public TenantContext.Scope enter(String jurisdictionId) {
        return TenantContext.enter(resolve(jurisdictionId, access::resolve));
    }

    static TenantRef resolve(String jurisdictionId, Function<String, TenantRef> access) {
        if (jurisdictionId == null || jurisdictionId.isBlank()) {
            throw ValidationException.of("jurisdiction_id", "is required: the slug of the regency, e.g. langkat");
        }
        try {
            return access.apply(jurisdictionId.strip());
        } catch (TenantAccessDeniedException e) {
            // GeoReport has 404 for a jurisdiction_id "not found" and keeps 403 for the api_key: a regency that is
            // suspended, archived or not yet set up is not found here, with its reason, so no client drops a good key.
            if ("unknown-tenant".equals(e.type())) {
                throw new NotFoundException("Jurisdiction", jurisdictionId.strip());
            }
            throw NotFoundException.saying("Jurisdiction " + jurisdictionId.strip() + " is not open: " + e.getMessage());
        }
    }
}
