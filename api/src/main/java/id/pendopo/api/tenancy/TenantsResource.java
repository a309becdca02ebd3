package id.pendopo.api.tenancy;

import id.pendopo.api.shared.Page;
import id.pendopo.identity.Role;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.ProvisionedTenant;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantAdministration;
import id.pendopo.tenancy.TenantProvisioning;
import id.pendopo.tenancy.TenantStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The platform operator's management of tenants. Every rule (which transitions are allowed, how a tenant is
 * provisioned, what purge requires) is in {@link TenantAdministration} and {@link TenantProvisioning}; this class
 * maps HTTP onto them.
 */
@Path("tenants")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants")
@APIResponse(responseCode = "401", ref = "Unauthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class TenantsResource {

    private static final String STATUSES = "PROVISIONING|ACTIVE|SUSPENDED|ARCHIVED";
    private static final String STATUS_MESSAGE = "must be one of PROVISIONING, ACTIVE, SUSPENDED, ARCHIVED";

    @Inject
    TenantAdministration admin;

    @Inject
    TenantProvisioning provisioning;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PLATFORM_OPERATOR)
    @Operation(operationId = "createTenant", summary = "Create a tenant",
            description = "Creates the tenant, its identity organization, its first administrator (admin.<slug>) and "
                    + "its default agencies and settings. Retrying the same request after a failure completes the "
                    + "tenant instead of failing.")
    @APIResponse(responseCode = "201", description = "Created; the answer holds the administrator's temporary password",
            headers = @Header(name = "Location", description = "URL of the new tenant"),
            content = @Content(schema = @Schema(implementation = ProvisionedTenantView.class)))
    @APIResponse(responseCode = "200", description = "A retry found the tenant already created",
            content = @Content(schema = @Schema(implementation = ProvisionedTenantView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    @APIResponse(responseCode = "503", ref = "IdentityUnavailable")
    public Response create(@Valid @NotNull NewTenantRequest body, @Context UriInfo uri) {
        ProvisionedTenant provisioned = provisioning.provision(body.toNewTenant());
        URI location = uri.getBaseUriBuilder().path(TenantsResource.class).path(provisioned.tenant().slug()).build();
        Response.ResponseBuilder answer = provisioned.created() ? Response.created(location) : Response.ok().location(location);
        return answer.entity(ProvisionedTenantView.of(provisioned)).build();
    }

    @GET
    @RolesAllowed(Role.Names.PLATFORM_OPERATOR)
    @Operation(operationId = "listTenants", summary = "List tenants", description = "Tenants whose name, slug or code contains q, ordered by code.")
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    public Page<TenantView> list(
            @QueryParam("q") @Size(max = 100) @Parameter(description = "Text in name, slug or code") String q,
            @QueryParam("status") @Pattern(regexp = STATUSES, flags = Pattern.Flag.CASE_INSENSITIVE, message = STATUS_MESSAGE)
            @Parameter(schema = @Schema(type = SchemaType.STRING, enumeration = {"PROVISIONING", "ACTIVE", "SUSPENDED", "ARCHIVED"}))
            String status,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue(Page.DEFAULT_SIZE) @Min(1) @Max(Page.MAX_SIZE) int size) {
        TenantStatus wanted = statusFilter(status);
        List<TenantView> items = admin.search(q, wanted, page * size, size).stream().map(TenantView::of).toList();
        return new Page<>(items, page, size, admin.count(q, wanted));
    }

    @GET
    @Path("{slug}")
    @RolesAllowed(Role.Names.PLATFORM_OPERATOR)
    @Operation(operationId = "getTenant", summary = "Read a tenant, with its usage counts")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public TenantView get(@PathParam("slug") String slug) {
        Tenant tenant = admin.get(slug);
        return TenantView.of(tenant, admin.usage(slug));
    }

    @POST
    @Path("{slug}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PLATFORM_OPERATOR)
    @Operation(operationId = "suspendTenant", summary = "Suspend an active tenant", description = "Its staff and clients are refused until it is reactivated; data is kept.")
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public TenantView suspend(@PathParam("slug") String slug, @Valid @NotNull ReasonRequest body) {
        return TenantView.of(admin.suspend(slug, body.reason().trim()));
    }

    @POST
    @Path("{slug}/reactivate")
    @RolesAllowed(Role.Names.PLATFORM_OPERATOR)
    @Operation(operationId = "reactivateTenant", summary = "Reactivate a suspended tenant")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public TenantView reactivate(@PathParam("slug") String slug) {
        return TenantView.of(admin.reactivate(slug));
    }

    @POST
    @Path("{slug}/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.PLATFORM_OPERATOR)
    @Operation(operationId = "archiveTenant", summary = "Archive a tenant", description = "Closes it down: nobody of the tenant gets in; the data waits for a purge.")
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public TenantView archive(@PathParam("slug") String slug, @Valid @NotNull ReasonRequest body) {
        return TenantView.of(admin.archive(slug, body.reason().trim()));
    }

    @DELETE
    @Path("{slug}")
    @RolesAllowed(Role.Names.PLATFORM_OPERATOR)
    @Operation(operationId = "purgeTenant", summary = "Purge an archived tenant",
            description = "Deletes its data, accounts and identity organization for good. confirm must repeat the slug.")
    @APIResponse(responseCode = "204", description = "Purged")
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public void purge(@PathParam("slug") String slug,
            @QueryParam("confirm") @NotBlank @Parameter(required = true, description = "The slug again") String confirm) {
        admin.purge(slug, confirm);
    }

    @GET
    @Path("{slug}/export")
    @Produces("application/zip")
    @RolesAllowed(Role.Names.PLATFORM_OPERATOR)
    @Operation(operationId = "exportTenant", summary = "Export a tenant's data",
            description = "A zip with tenant.json and one CSV file per kind of tenant data.")
    @APIResponse(responseCode = "200", description = "The export",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response export(@PathParam("slug") String slug) {
        Tenant tenant = admin.get(slug); // refuses an unknown slug before the 200 is sent
        StreamingOutput zip = out -> admin.export(tenant.slug(), out);
        String file = "pendopo-" + tenant.slug() + "-" + LocalDate.now(ZoneOffset.UTC) + ".zip";
        return Response.ok(zip, "application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"")
                .build();
    }

    static TenantStatus statusFilter(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return TenantStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ValidationException.of("status", STATUS_MESSAGE);
        }
    }
}
