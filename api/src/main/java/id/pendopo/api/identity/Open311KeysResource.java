package id.pendopo.api.identity;

import id.pendopo.identity.Role;
import id.pendopo.open311key.Open311ApiKeys;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A tenant admin's Open311 API keys: what apps send as {@code api_key} to post service requests to the regency
 * at {@code /api/open311/v2/requests.xml}. Keys belong to the admin's own regency; a key is shown once.
 */
@Path("open311-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Open311 keys")
@APIResponse(responseCode = "401", ref = "Unauthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class Open311KeysResource {

    @Inject
    Open311ApiKeys keys;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Transactional
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    @Operation(operationId = "createOpen311Key", summary = "Create an Open311 API key for the regency; the key is shown once")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = Open311KeyView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    public Response create(@Valid @NotNull Open311KeyRequest body, @Context UriInfo uri) {
        Open311KeyView created = Open311KeyView.of(keys.create(body.name()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.keyId()).build()).entity(created).build();
    }

    @GET
    @Transactional
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    @Operation(operationId = "listOpen311Keys", summary = "The regency's Open311 API keys, revoked ones included, without the keys")
    public List<Open311KeyView> list() {
        return keys.list().stream().map(Open311KeyView::of).toList();
    }

    @DELETE
    @Path("{keyId}")
    @Transactional
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    @Operation(operationId = "revokeOpen311Key", summary = "Revoke one of the regency's Open311 API keys at once")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response revoke(@PathParam("keyId") String keyId) {
        keys.revoke(keyId);
        return Response.noContent().build();
    }
}
