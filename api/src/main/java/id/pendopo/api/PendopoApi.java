package id.pendopo.api;

import id.pendopo.identity.Role;
import id.pendopo.api.problem.Problem;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pendopo's public REST API, version 1, deployed at {@code /api/v1}. Every call carries a bearer token from the
 * platform's Keycloak realm; the token's roles ({@code groups}) decide what the caller may do and its
 * {@code tenant} claim decides which regency's data the call sees.
 *
 * <p>The class must be a CDI bean: Payara switches MicroProfile JWT on only for an {@code @ApplicationScoped}
 * application that carries {@code @LoginConfig}.
 */
@ApplicationScoped
@ApplicationPath("/v1")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Role.Names.PLATFORM_OPERATOR, Role.Names.TENANT_ADMIN, Role.Names.COMPLAINT_OFFICER,
        Role.Names.AGENCY_OFFICER, Role.Names.CALL_TAKER, Role.Names.DISPATCHER, Role.Names.COMMAND_VIEWER,
        Role.Names.API_CLIENT})
@OpenAPIDefinition(
        info = @Info(title = "Pendopo API",
                version = "1",
                description = "Public REST API of Pendopo, the platform of Indonesian regency governments. "
                        + "Authenticate with a bearer token from the platform's Keycloak realm `pendopo` "
                        + "(audience `pendopo-api`). Tenant staff see only their own regency, named by the token's "
                        + "`tenant` claim; platform operators manage the tenants. Every error is an "
                        + "`application/problem+json` document (RFC 9457) whose `type` is a stable URI."),
        servers = @Server(url = "/api", description = "This server"),
        security = @SecurityRequirement(name = PendopoApi.BEARER),
        components = @Components(responses = {
                @APIResponse(name = "Unauthenticated", responseCode = "401",
                        description = "No bearer token, or one that is invalid, expired or of another issuer",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Forbidden", responseCode = "403",
                        description = "The caller's roles do not allow this, or the caller's regency is suspended, "
                                + "archived or unknown (types tenant-suspended, tenant-archived, unknown-tenant, ...)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "NotFound", responseCode = "404",
                        description = "No such thing, or it belongs to another regency",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "ValidationFailed", responseCode = "400",
                        description = "Invalid input (type validation, with every failing field in errors) or "
                                + "unreadable JSON (type malformed-json)",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "Conflict", responseCode = "409",
                        description = "Not allowed in the current state, or a duplicate",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class))),
                @APIResponse(name = "IdentityUnavailable", responseCode = "503",
                        description = "The identity provider could not be reached; nothing was kept",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))}),
        tags = {
                @Tag(name = "Tenants", description = "Platform operator: regencies on the platform and their lifecycle"),
                @Tag(name = "Regions", description = "Official Kemendagri region codes"),
                @Tag(name = "Own tenant", description = "Staff: the caller's own regency"),
                @Tag(name = "Agencies", description = "Staff: the regency's agencies (OPD)"),
                @Tag(name = "Settings", description = "What the complaint workflow uses: categories, holidays and "
                        + "SLA deadlines in working days; every tenant role reads them, the tenant admin changes them")})
@SecurityScheme(securitySchemeName = PendopoApi.BEARER, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "Access token from Keycloak realm pendopo")
public class PendopoApi extends Application {

    public static final String BEARER = "keycloak-bearer";
}
