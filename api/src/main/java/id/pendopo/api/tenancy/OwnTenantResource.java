package id.pendopo.api.tenancy;

import id.pendopo.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The regency of the calling staff member or integration, as named by the token. */
@Path("tenant")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Own tenant")
@APIResponse(responseCode = "401", ref = "Unauthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class OwnTenantResource {

    @Inject
    CurrentTenant current;

    @GET
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.COMPLAINT_OFFICER, Role.Names.AGENCY_OFFICER,
            Role.Names.CALL_TAKER, Role.Names.DISPATCHER, Role.Names.COMMAND_VIEWER, Role.Names.API_CLIENT})
    @Operation(operationId = "getOwnTenant", summary = "The caller's own regency: name, code, branding and time zone")
    public OwnTenantView get() {
        return OwnTenantView.of(current.get());
    }
}
