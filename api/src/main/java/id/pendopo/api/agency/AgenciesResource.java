package id.pendopo.api.agency;

import id.pendopo.agency.AgencyRepository;
import id.pendopo.identity.Role;
import id.pendopo.shared.NotFoundException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The caller's agencies. The repository sees only the resolved tenant's rows, so another regency's agency id is
 * answered exactly like an id that does not exist. Reads run in a transaction because the tenant binding of the
 * EntityManager lives as long as the transaction.
 */
@Path("agencies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Agencies")
@APIResponse(responseCode = "401", ref = "Unauthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class AgenciesResource {

    @Inject
    AgencyRepository agencies;

    @GET
    @Transactional
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.COMPLAINT_OFFICER, Role.Names.AGENCY_OFFICER,
            Role.Names.CALL_TAKER, Role.Names.DISPATCHER, Role.Names.COMMAND_VIEWER, Role.Names.API_CLIENT})
    @Operation(operationId = "listAgencies", summary = "The regency's agencies, by code")
    public List<AgencyView> list() {
        return agencies.all().stream().map(AgencyView::of).toList();
    }

    @GET
    @Path("{id}")
    @Transactional
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.COMPLAINT_OFFICER, Role.Names.AGENCY_OFFICER,
            Role.Names.CALL_TAKER, Role.Names.DISPATCHER, Role.Names.COMMAND_VIEWER, Role.Names.API_CLIENT})
    @Operation(operationId = "getAgency", summary = "One agency of the regency")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public AgencyView get(@PathParam("id") long id) {
        return agencies.find(id).map(AgencyView::of).orElseThrow(() -> new NotFoundException("Agency", id));
    }
}
