package id.pendopo.api.settings;

import id.pendopo.calendar.HolidayCalendar;
import id.pendopo.calendar.WorkingCalendars;
import id.pendopo.identity.Role;
import id.pendopo.shared.ValidationException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The regency's holiday calendar: national holidays and cuti bersama seeded at provisioning, plus its own
 * regional holidays. Deadlines count working days against it from the next deadline on.
 */
@Path("holidays")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Settings")
@APIResponse(responseCode = "401", ref = "Unauthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class HolidaysResource {

    @Inject
    HolidayCalendar calendar;

    @Inject
    WorkingCalendars calendars;

    @Inject
    Clock clock;

    @GET
    @Transactional
    @RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.COMPLAINT_OFFICER, Role.Names.AGENCY_OFFICER,
            Role.Names.CALL_TAKER, Role.Names.DISPATCHER, Role.Names.COMMAND_VIEWER, Role.Names.API_CLIENT})
    @Operation(operationId = "listHolidays", summary = "The regency's holidays of one year, in date order")
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    public List<HolidayView> list(@QueryParam("year") @Min(2000) @Max(2100)
            @Parameter(description = "Calendar year; absent: the current year in the regency's time zone") Integer year) {
        int wanted = year != null ? year : LocalDate.now(clock.withZone(calendars.current().zone())).getYear();
        return calendar.list(wanted).stream().map(HolidayView::of).toList();
    }

    @POST
    @Transactional
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    @Operation(operationId = "createHoliday", summary = "Add a holiday; a day has at most one")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = HolidayView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public Response create(@Valid @NotNull HolidayRequest body, @Context UriInfo uri) {
        // The calendar's day is the request's date.
        HolidayView created = ValidationException.inTermsOf(Map.of("day", "date"),
                () -> HolidayView.of(calendar.add(body.date(), body.name(), body.holidayKind())));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @DELETE
    @Path("{id}")
    @Transactional
    @RolesAllowed(Role.Names.TENANT_ADMIN)
    @Operation(operationId = "deleteHoliday", summary = "Remove a holiday: the day is a working day again unless a weekend")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response delete(@PathParam("id") long id) {
        calendar.remove(id);
        return Response.noContent().build();
    }
}
