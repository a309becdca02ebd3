package id.pendopo.api.webhook;

import id.pendopo.api.shared.Page;
import id.pendopo.identity.Role;
import id.pendopo.notification.webhook.WebhookCaller;
import id.pendopo.notification.webhook.Webhooks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Webhooks of the caller's regency. An API client registers and sees its own; a tenant admin sees and manages
 * all of them. Someone else's webhook is answered with 404, like one that does not exist.
 */
@Path("webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
@APIResponse(responseCode = "401", ref = "Unauthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class WebhooksResource {

    @Inject
    Webhooks webhooks;

    @Inject
    JsonWebToken token;

    @Context
    SecurityContext security;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.API_CLIENT, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "createWebhook", summary = "Register a webhook for complaint events; the signing secret is shown once")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    public Response create(@Valid @NotNull WebhookRequest body, @Context UriInfo uri) {
        Webhooks.Registered r = webhooks.register(caller(), body.url(), body.events());
        WebhookView created = WebhookView.of(r.subscription(), r.secret());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @GET
    @RolesAllowed({Role.Names.API_CLIENT, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "listWebhooks", summary = "The caller's webhooks (a tenant admin: all of the regency's), without secrets")
    public List<WebhookView> list() {
        return webhooks.list(caller()).stream().map(s -> WebhookView.of(s, null)).toList();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Role.Names.API_CLIENT, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "deleteWebhook", summary = "Delete a webhook and its delivery log; pending deliveries are dropped")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(caller(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/secret")
    @RolesAllowed({Role.Names.API_CLIENT, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "rotateWebhookSecret",
            summary = "Replace the signing secret; the old one keeps signing next to the new one for 24 hours")
    @APIResponse(responseCode = "200", description = "The webhook with its new secret, shown once",
            content = @Content(schema = @Schema(implementation = WebhookView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public WebhookView rotateSecret(@PathParam("id") long id) {
        Webhooks.Registered r = webhooks.rotateSecret(caller(), id);
        return WebhookView.of(r.subscription(), r.secret());
    }

    @GET
    @Path("{id}/deliveries")
    @RolesAllowed({Role.Names.API_CLIENT, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "listWebhookDeliveries", summary = "The webhook's delivery log, newest first")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Page<WebhookDeliveryView> deliveries(@PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        Webhooks.DeliveryPage log = webhooks.deliveries(caller(), id, page, size);
        return new Page<>(log.items().stream().map(WebhookDeliveryView::of).toList(), page, size, log.total());
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/retry")
    @RolesAllowed({Role.Names.API_CLIENT, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "retryWebhookDelivery", summary = "Give a dead delivery one more attempt at the sender's next run")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public WebhookDeliveryView retry(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return WebhookDeliveryView.of(webhooks.retry(caller(), id, deliveryId));
    }

    private WebhookCaller caller() {
        return WebhookCallers.of(token, security.isUserInRole(Role.Names.TENANT_ADMIN));
    }
}
