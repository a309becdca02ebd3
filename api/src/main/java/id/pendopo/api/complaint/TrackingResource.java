package id.pendopo.api.complaint;

import id.pendopo.agency.Agency;
import id.pendopo.agency.AgencyRepository;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintHandoffs;
import id.pendopo.complaint.ComplaintRepository;
import id.pendopo.complaint.ComplaintTracking;
import id.pendopo.complaint.InvalidTrackingSecretException;
import id.pendopo.complaint.TrackingId;
import id.pendopo.complaint.Viewer;
import id.pendopo.shared.Transactions;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantContext;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The citizen's tracking page, open without an account. The tracking id names the regency by its prefix.
 * Without the secret only a public complaint is shown (verified, not confidential, no reporter); with the
 * secret, the reporter sees their own complaint and may reply, rate or reopen. Internal notes are never shown.
 */
@Path("tracking/{trackingId}")
@ApplicationScoped
@KeptFromCaches
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tracking")
@SecurityRequirements
public class TrackingResource {

    static final String SECRET_HEADER = "Tracking-Secret";

    @Inject
    ComplaintTracking tracking;
    @Inject
    AgencyRepository agencies;
    @Inject
    ComplaintRepository complaints;
    @Inject
    ComplaintHandoffs handoffs;
    @Inject
    Transactions tx;
    @Inject
    Clock clock;

    @GET
    @PermitAll
    @Operation(operationId = "trackComplaint", summary = "A complaint's progress: public view, or the reporter's with the secret")
    @APIResponse(responseCode = "200", description = "The complaint as this caller may see it",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ComplaintView track(@PathParam("trackingId") String trackingId,
            @Parameter(description = "The secret handed out at submission") @HeaderParam(SECRET_HEADER) String secret) {
        TrackingId id = ComplaintsResource.parseId(trackingId);
        return inTenant(id, () -> secret == null || secret.isBlank()
                ? view(tracking.forPublic(id), Viewer.PUBLIC)
                : view(tracking.forReporter(id, secret), Viewer.REPORTER));
    }

    @GET
    @Path("attachments/{position}")
    @Produces({"image/jpeg", "image/png", "application/pdf"})
    @PermitAll
    @Operation(operationId = "trackComplaintAttachment", summary = "An attachment of a public complaint, or of one's own with the secret")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response attachment(@PathParam("trackingId") String trackingId, @PathParam("position") int position,
            @HeaderParam(SECRET_HEADER) String secret) {
        TrackingId id = ComplaintsResource.parseId(trackingId);
        return inTenant(id, () -> secret == null || secret.isBlank()
                ? ComplaintsResource.download(tracking.forPublic(id), position, Viewer.PUBLIC)
                : ComplaintsResource.download(tracking.forReporter(id, secret), position, Viewer.REPORTER));
    }

    @POST
    @Path("replies")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "replyToComplaint", summary = "The reporter writes to the regency (text)")
    @APIResponse(responseCode = "200", description = "The complaint with the reply",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ComplaintView reply(@PathParam("trackingId") String trackingId, CitizenRequest body) {
        return citizen(trackingId, body, b -> tracking.reply(TrackingId.parse(trackingId), b.secret(), b.text()));
    }

    @POST
    @Path("rating")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "rateComplaint", summary = "The reporter confirms the resolution and rates it 1-5 (text = comment)")
    @APIResponse(responseCode = "200", description = "The closed complaint",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ComplaintView rate(@PathParam("trackingId") String trackingId, CitizenRequest body) {
        return citizen(trackingId, body, b -> {
            if (b.rating() == null) {
                throw ValidationException.of("rating", "is required: 1 (poor) to 5 (excellent)");
            }
            return tracking.confirmAndRate(TrackingId.parse(trackingId), b.secret(), b.rating(), b.text());
        });
    }

    @POST
    @Path("reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @Operation(operationId = "reopenComplaint", summary = "The reporter says the matter is not solved (text = why)")
    @APIResponse(responseCode = "200", description = "The reopened complaint",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "403", ref = "Forbidden")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ComplaintView reopen(@PathParam("trackingId") String trackingId, CitizenRequest body) {
        return citizen(trackingId, body, b -> tracking.reopen(TrackingId.parse(trackingId), b.secret(), b.text()));
    }

    private ComplaintView citizen(String trackingId, CitizenRequest body, Function<CitizenRequest, Complaint> act) {
        TrackingId id = ComplaintsResource.parseId(trackingId);
        if (body == null || body.secret() == null || body.secret().isBlank()) {
            // No proof of being the reporter is refused like a wrong proof.
            throw new InvalidTrackingSecretException(id.value());
        }
        return ValidationException.inTermsOf(ComplaintsResource.TEXT_FIELDS,
                () -> inTenant(id, () -> view(act.apply(body), Viewer.REPORTER)));
    }

    private <T> T inTenant(TrackingId id, java.util.function.Supplier<T> work) {
        var tenant = tracking.tenantOf(id);
        try (TenantContext.Scope s = TenantContext.enter(tenant)) {
            return tx.inNew(work);
        }
    }

    private ComplaintView view(Complaint c, Viewer viewer) {
        Map<Long, Agency> byId = agencies.all().stream().collect(Collectors.toMap(Agency::id, a -> a));
        // From the complaint, not from the path as typed: the links name the id as it is.
        return ComplaintView.of(c, viewer, clock.instant(), byId,
                "/api/v1/tracking/" + c.trackingId().value() + "/attachments", Set.of(),
                complaints::isListedPublicly, ComplaintsResource.forwarding(c, handoffs));
    }
}
