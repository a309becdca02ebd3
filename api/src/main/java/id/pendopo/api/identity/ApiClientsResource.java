package id.pendopo.api.identity;

import id.pendopo.identity.Role;
import id.pendopo.identity.TenantApiClients;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant admin's third-party API clients: systems that call this API for their regency with the
 * client-credentials grant. Every client is bound to the admin's own regency.
 */
@Path("api-clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API clients")
@APIResponse(responseCode = "401", ref = "Unauthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ApiClientsResource {

    @Inject
    TenantApiClients clients;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    @Operation(operationId = "createApiClient", summary = "Create an API client for the regency; the secret is shown once")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = ApiClientView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "IdentityUnavailable")
    public Response create(@Valid @NotNull ApiClientRequest body, @Context UriInfo uri) {
        ApiClientView created = ApiClientView.of(clients.create(body.name()), tokenEndpoint());
        return Response.created(uri.getAbsolutePathBuilder().path(created.clientId()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    @Operation(operationId = "listApiClients", summary = "The regency's API clients, without secrets")
    public List<ApiClientView> list() {
        return clients.list().stream().map(c -> ApiClientView.of(c, tokenEndpoint())).toList();
    }

    @DELETE
    @Path("{clientId}")
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    @Operation(operationId = "deleteApiClient", summary = "Delete one of the regency's API clients")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@PathParam("clientId") String clientId) {
        clients.delete(clientId);
        return Response.noContent().build();
    }

    private String tokenEndpoint() {
        return issuer + "/protocol/openid-connect/token";
    }
}
