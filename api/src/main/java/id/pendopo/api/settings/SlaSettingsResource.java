package id.pendopo.api.settings;

import id.pendopo.calendar.SlaDays;
import id.pendopo.calendar.SlaSettings;
import id.pendopo.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The regency's complaint deadlines (SLA) in working days. The national rule is 3 days to verify, 5 for the
 * agency's follow-up and 10 until auto-close; a regency may set 1 to 30 each, but LAPOR! SP4N allows at most 3
 * and 5 for the first two. A change counts from the next deadline on; deadlines already set stay.
 */
@Path("sla-settings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
@APIResponse(responseCode = "401", ref = "Unauthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class SlaSettingsResource {

    @Inject
    SlaSettings sla;

    @GET
    @Transactional
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.COMPLAINT_OFFICER, Role.Names.AGENCY_OFFICER,
            Role.Names.CALL_TAKER, Role.Names.DISPATCHER, Role.Names.COMMAND_VIEWER, Role.Names.API_CLIENT})
    @Operation(operationId = "getSlaSettings", summary = "The regency's complaint deadlines in working days")
    public SlaSettingsView get() {
        return SlaSettingsView.of(sla.current());
    }

    @PUT
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    @Operation(operationId = "changeSlaSettings",
            summary = "Set the deadlines, 1 to 30 working days each (LAPOR! allows at most 3 and 5 for the first two)")
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    public SlaSettingsView change(@Valid @NotNull SlaSettingsRequest body) {
        return SlaSettingsView.of(sla.change(
                new SlaDays(body.verificationDays(), body.followUpDays(), body.autoCloseDays())));
    }
}
