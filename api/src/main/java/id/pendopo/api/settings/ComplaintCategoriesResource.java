package id.pendopo.api.settings;

import id.pendopo.complaint.ComplaintCategories;
import id.pendopo.complaint.ComplaintCategory;
import id.pendopo.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The regency's complaint categories. A category in use is deactivated, never deleted: complaints keep its code.
 * Only the caller's own regency's categories exist here; another regency's code is a 404.
 */
@Path("complaint-categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
@APIResponse(responseCode = "401", ref = "Unauthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ComplaintCategoriesResource {

    @Inject
    ComplaintCategories categories;

    @Inject
    Clock clock;

    @GET
    @Transactional
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.COMPLAINT_OFFICER, Role.Names.AGENCY_OFFICER,
            Role.Names.CALL_TAKER, Role.Names.DISPATCHER, Role.Names.COMMAND_VIEWER, Role.Names.API_CLIENT})
    @Operation(operationId = "listComplaintCategories", summary = "The regency's complaint categories, by code")
    public List<CategoryView> list(@QueryParam("active")
            @Parameter(description = "true: only the categories a new report may use") Boolean active) {
        List<ComplaintCategory> found = categories.all();
        return found.stream().filter(c -> active == null || c.active() == active).map(CategoryView::of).toList();
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    @Operation(operationId = "createComplaintCategory", summary = "Add an active complaint category")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = CategoryView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Valid @NotNull CategoryRequest body, @Context UriInfo uri) {
        CategoryView created = CategoryView.of(
                categories.add(body.code(), body.name(), body.description(), body.keywords(), clock.instant()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @GET
    @Path("{code}")
    @Transactional
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.COMPLAINT_OFFICER, Role.Names.AGENCY_OFFICER,
            Role.Names.CALL_TAKER, Role.Names.DISPATCHER, Role.Names.COMMAND_VIEWER, Role.Names.API_CLIENT})
    @Operation(operationId = "getComplaintCategory", summary = "One complaint category of the regency")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CategoryView get(@PathParam("code") String code) {
        return CategoryView.of(categories.require(code));
    }

    @PUT
    @Path("{code}")
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    @Operation(operationId = "describeComplaintCategory", summary = "Rename a category and rewrite its description and keywords")
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CategoryView describe(@PathParam("code") String code, @Valid @NotNull CategoryChange body) {
        return CategoryView.of(categories.describe(code, body.name(), body.description(), body.keywords()));
    }

    @POST
    @Path("{code}/deactivate")
    @Transactional
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    @Operation(operationId = "deactivateComplaintCategory",
            summary = "New reports may no longer use the category; existing complaints keep it")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CategoryView deactivate(@PathParam("code") String code) {
        return CategoryView.of(categories.setActive(code, false));
    }

    @POST
    @Path("{code}/activate")
    @Transactional
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    @Operation(operationId = "activateComplaintCategory", summary = "New reports may use the category again")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public CategoryView activate(@PathParam("code") String code) {
        return CategoryView.of(categories.setActive(code, true));
    }
}
