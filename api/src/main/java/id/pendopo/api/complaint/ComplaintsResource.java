package id.pendopo.api.complaint;

import id.pendopo.agency.Agency;
import id.pendopo.agency.AgencyRepository;
import id.pendopo.api.shared.StrictJson;
import id.pendopo.api.shared.Utf8;
import id.pendopo.complaint.Attachment;
import id.pendopo.complaint.AttachmentPolicy;
import id.pendopo.complaint.Channel;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintHandoffs;
import id.pendopo.complaint.ComplaintAction;
import id.pendopo.complaint.ComplaintCursor;
import id.pendopo.complaint.ComplaintDesk;
import id.pendopo.complaint.ComplaintFilter;
import id.pendopo.complaint.ComplaintIntake;
import id.pendopo.complaint.ComplaintQueries;
import id.pendopo.complaint.ComplaintRepository;
import id.pendopo.complaint.ComplaintStatus;
import id.pendopo.complaint.TrackingId;
import id.pendopo.complaint.Upload;
import id.pendopo.complaint.Viewer;
import id.pendopo.idempotency.IdempotentRequests;
import id.pendopo.identity.Role;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.Transactions;
import id.pendopo.shared.Validation;
import id.pendopo.shared.ValidationException;
import id.pendopo.shared.ValidationException.FieldError;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The regency's complaints for its staff and API clients.
 *
 * <ul>
 * <li>Coordinators (complaint officers, tenant admins) see every complaint with its reporter and act on it.
 * <li>Agency officers see only complaints sent to their agency, without the reporter unless the report is PUBLIC,
 * and answer for their agency.
 * <li>API clients submit reports and see the regency's non-confidential complaints, never the reporter's contact.
 * </ul>
 * Another regency's complaint answers 404, like one that does not exist.
 */
@Path("complaints")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Complaints")
@APIResponse(responseCode = "401", ref = "Unauthenticated")
@APIResponse(responseCode = "403", ref = "Forbidden")
public class ComplaintsResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Jsonb JSON = StrictJson.JSON;
    private static final int MAX_LIMIT = 100;

    @Inject
    ComplaintCaller caller;
    @Inject
    ComplaintHandoffs handoffs;
    @Inject
    ComplaintIntake intake;
    @Inject
    ComplaintDesk desk;
    @Inject
    ComplaintQueries queries;
    @Inject
    ComplaintRepository complaints;
    @Inject
    AgencyRepository agencies;
    @Inject
    IdempotentRequests idempotent;
    @Inject
    Transactions tx;
    @Inject
    Clock clock;

    // ---- submission ----------------------------------------------------------------------------------

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.API_CLIENT, Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "submitComplaint", summary = "Submit a report; send an Idempotency-Key so that a retry never creates a second one")
    @APIResponse(responseCode = "201", description = "Received; the tracking secret is shown only in this answer",
            content = @Content(schema = @Schema(implementation = ReceiptView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used before for a different request")
    public Response submit(@Schema(implementation = ComplaintRequest.class) byte[] body,
            @Parameter(description = "Any unique string (a UUID) of at most 100 characters, kept for 24 hours")
            @HeaderParam(IDEMPOTENCY_KEY) String key) {
        ComplaintRequest request = parse(body);
        return submitted(request, List.of(), body, key);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.Names.API_CLIENT, Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "submitComplaintWithAttachments",
            summary = "Submit a report with photos or PDFs: part `complaint` (JSON) and up to 5 parts `attachments`")
    @APIResponse(responseCode = "201", description = "Received",
            content = @Content(schema = @Schema(implementation = ReceiptView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    public Response submitWithAttachments(List<EntityPart> parts, @HeaderParam(IDEMPOTENCY_KEY) String key) {
        byte[] json = null;
        List<Upload> files = new ArrayList<>();
        MessageDigest print = sha256();
        for (EntityPart part : parts) {
            if (part.getName() == null) {
                throw ValidationException.of("parts", "every part needs a name (Content-Disposition: form-data;"
                        + " name=...): 'complaint' or 'attachments'");
            }
            switch (part.getName()) {
                case "complaint" -> json = read(part.getContent(), 64 * 1024, "complaint");
                case "attachments" -> {
                    if (files.size() == AttachmentPolicy.MAX_FILES) {
                        // Refused before the sixth file is read into memory.
                        throw ValidationException.of("attachments", "at most " + AttachmentPolicy.MAX_FILES + " files");
                    }
                    byte[] content = read(part.getContent(), AttachmentPolicy.MAX_BYTES + 1, "attachments");
                    String name = part.getFileName().orElse(null);
                    files.add(new Upload(name, content));
                    print.update((String.valueOf(name) + "\n").getBytes(StandardCharsets.UTF_8));
                    print.update(content);
                }
                default -> throw ValidationException.of(part.getName(), "is not a part of a complaint; send 'complaint' and 'attachments'");
            }
        }
        if (json == null) {
            throw ValidationException.of("complaint", "the JSON part 'complaint' is required");
        }
        print.update(json);
        return submitted(parse(json), files, print.digest(), key);
    }

    private Response submitted(ComplaintRequest request, List<Upload> files, byte[] fingerprintSource, String key) {
        var report = request.toNewComplaint(Channel.API);
        if (!caller.staff() && report.channel() != Channel.API) {
            throw ValidationException.of("channel", "API clients submit through the API channel");
        }
        if (report.channel() == Channel.FORWARDED) {
            throw ValidationException.of("channel", "FORWARDED is set by the platform when another regency forwards a report");
        }
        if (caller.staff() && (request.channel() == null || report.channel() == Channel.API
                || report.channel() == Channel.OPEN311)) {
            // Staff type in what reached them otherwise; API and OPEN311 say a third party's system sent it.
            throw ValidationException.of("channel", "says how the report reached staff: PHONE, WALK_IN, SMS,"
                    + " SOCIAL_MEDIA, WEB or REFERRAL_112 (API and OPEN311 are set for reports third-party systems"
                    + " send)", request.channel() == null ? ValidationException.REQUIRED : ValidationException.INVALID);
        }
        var by = caller.actor();
        // The receipt of this request, kept only once its transaction committed (a twin that lost the race rolls
        // back and answers the winner's remembered body instead).
        var made = new ReceiptView[1];
        var fresh = new ReceiptView[1];
        Function<ComplaintIntake.Receipt, IdempotentRequests.Answer> answer = r -> {
            made[0] = ReceiptView.of(r);
            return new IdempotentRequests.Answer(201, JSON.toJson(made[0]));
        };
        IdempotentRequests.Answer result;
        if (key == null) {
            result = intake.submit(report, files, by, answer);
            fresh[0] = made[0];
        } else {
            String validKey = IdempotentRequests.validKey(key);
            String scope = by.id();
            String fingerprint = IdempotentRequests.fingerprint("POST", "/v1/complaints", fingerprintSource);
            result = idempotent.once(scope, validKey, fingerprint, () -> {
                var committed = intake.submit(report, files, by, r -> {
                    var a = answer.apply(r);
                    idempotent.remember(scope, validKey, fingerprint, a, clock.instant());
                    return a;
                });
                fresh[0] = made[0];
                return committed;
            });
        }
        boolean replayed = fresh[0] == null;
        String trackingId = replayed ? JSON.fromJson(result.body(), ReceiptView.class).trackingId() : fresh[0].trackingId();
        Response.ResponseBuilder r = Response.status(result.status()).entity(result.body()).type(MediaType.APPLICATION_JSON)
                .header("Location", "/api/v1/complaints/" + trackingId);
        return (replayed ? r.header("Idempotent-Replayed", "true") : r).build();
    }

    // ---- reading --------------------------------------------------------------------------------------

    @GET
    @RolesAllowed({Role.Names.API_CLIENT, Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN, Role.Names.AGENCY_OFFICER})
    @Operation(operationId = "listComplaints", summary = "The regency's complaints, newest first, a page at a time; "
            + "answers 304 to If-None-Match with the page's ETag")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(schema = @Schema(implementation = ComplaintSummaryView.Page.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag")
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    public Response list(@QueryParam("status") List<String> statuses, @QueryParam("category") String category,
            @QueryParam("agencyId") Long agencyId, @QueryParam("district") String district,
            @QueryParam("overdue") Boolean overdue,
            @Parameter(description = "ISO 8601 instant, inclusive") @QueryParam("receivedFrom") String receivedFrom,
            @Parameter(description = "ISO 8601 instant, exclusive") @QueryParam("receivedBefore") String receivedBefore,
            @Parameter(description = "ISO 8601 instant: changed at or after") @QueryParam("updatedSince") String updatedSince,
            @Parameter(description = "A tracking id, or words of the title or text") @QueryParam("q") String q,
            @Parameter(description = "The `next` of the previous page") @QueryParam("cursor") String cursor,
            @QueryParam("limit") @DefaultValue("20") int limit, @Context Request http) {
        List<FieldError> errors = new ArrayList<>();
        Set<ComplaintStatus> wanted = parseStatuses(statuses, errors);
        Instant from = instant(receivedFrom, "receivedFrom", errors);
        Instant before = instant(receivedBefore, "receivedBefore", errors);
        Instant updated = instant(updatedSince, "updatedSince", errors);
        if (limit < 1 || limit > MAX_LIMIT) {
            errors.add(new FieldError("limit", "must be from 1 to " + MAX_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ComplaintCursor after = cursor == null || cursor.isBlank() ? null : ComplaintCursor.decode(cursor, "cursor");
        ComplaintSummaryView.Page page = tx.inNew(() -> {
            ComplaintFilter filter = new ComplaintFilter(wanted, blank(category), agencyId, blank(district), overdue,
                    from, before, updated, q, false);
            filter = restrict(filter);
            Viewer viewer = caller.viewer();
            var slice = queries.page(filter, after, limit);
            Instant now = clock.instant();
            return new ComplaintSummaryView.Page(slice.items().stream().map(c -> ComplaintSummaryView.of(c, viewer, now)).toList(),
                    slice.next().map(ComplaintCursor::encode).orElse(null));
        });
        String body = JSON.toJson(page);
        EntityTag etag = new EntityTag(hex(sha256().digest(body.getBytes(StandardCharsets.UTF_8))).substring(0, 32), true);
        Response.ResponseBuilder notModified;
        try {
            notModified = http.evaluatePreconditions(etag);
        } catch (ProcessingException malformed) {
            throw ValidationException.of("If-None-Match", "must be entity tags as the API sends them, e.g. W/\"3f2a…\","
                    + " or *");
        }
        if (notModified != null) {
            return notModified.tag(etag).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON).tag(etag).build();
    }

    @GET
    @Path("{trackingId}")
    @RolesAllowed({Role.Names.API_CLIENT, Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN, Role.Names.AGENCY_OFFICER})
    @Operation(operationId = "getComplaint", summary = "One complaint as the caller may see it, with timeline and conversation")
    @APIResponse(responseCode = "200", description = "The complaint",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "404", ref = "NotFound")
    public ComplaintView get(@PathParam("trackingId") String trackingId) {
        TrackingId id = parseId(trackingId);
        return tx.inNew(() -> view(visible(id)));
    }

    @GET
    @Path("{trackingId}/attachments/{position}")
    @Produces({"image/jpeg", "image/png", "application/pdf"})
    @RolesAllowed({Role.Names.API_CLIENT, Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN, Role.Names.AGENCY_OFFICER})
    @Operation(operationId = "getComplaintAttachment", summary = "One attachment's content, as stored (photos without metadata)")
    @APIResponse(responseCode = "404", ref = "NotFound")
    public Response attachment(@PathParam("trackingId") String trackingId, @PathParam("position") int position) {
        TrackingId id = parseId(trackingId);
        return tx.inNew(() -> download(visible(id), position, caller.viewer()));
    }

    /** An attachment, if {@code viewer} may open it ({@link Complaint#attachmentVisibleTo}); otherwise not found. */
    static Response download(Complaint c, int position, Viewer viewer) {
        if (position < 0 || position >= c.attachments().size()
                || !c.attachmentVisibleTo(c.attachments().get(position), viewer)) {
            throw new NotFoundException("Attachment", c.trackingId() + "/" + position);
        }
        Attachment a = c.attachments().get(position);
        return Response.ok(a.content(), a.mediaType())
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + java.net.URLEncoder.encode(
                        c.attachmentNameFor(a, position, viewer), StandardCharsets.UTF_8).replace("+", "%20"))
                .header("X-Content-Type-Options", "nosniff").build();
    }

    // ---- the staff's acts -----------------------------------------------------------------------------

    @POST
    @Path("{trackingId}/verify")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "verifyComplaint", summary = "Verify: the report is a genuine matter of this regency (text = optional note)")
    @APIResponse(responseCode = "200", description = "The complaint after the act",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ComplaintView verifyComplaint(@PathParam("trackingId") String trackingId, ActionRequest body) {
        return act(trackingId, "verify", body);
    }

    @POST
    @Path("{trackingId}/defer")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "deferComplaint", summary = "Defer verification (tunda); text = the reason, required")
    @APIResponse(responseCode = "200", description = "The complaint after the act",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ComplaintView deferComplaint(@PathParam("trackingId") String trackingId, ActionRequest body) {
        return act(trackingId, "defer", body);
    }

    @POST
    @Path("{trackingId}/archive")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "archiveComplaint", summary = "Archive as DUPLICATE (duplicateOf), SPAM or INCOMPLETE (text = what is missing)")
    @APIResponse(responseCode = "200", description = "The complaint after the act",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ComplaintView archiveComplaint(@PathParam("trackingId") String trackingId, ActionRequest body) {
        return act(trackingId, "archive", body);
    }

    @POST
    @Path("{trackingId}/not-our-jurisdiction")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "declareNotOurJurisdiction", summary = "Bukan wewenang: forward to another tenant (forwardTo) or close with a note (text)")
    @APIResponse(responseCode = "200", description = "The complaint after the act",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ComplaintView declareNotOurJurisdiction(@PathParam("trackingId") String trackingId, ActionRequest body) {
        return act(trackingId, "not-our-jurisdiction", body);
    }

    @POST
    @Path("{trackingId}/privacy")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "raiseComplaintPrivacy", summary = "Raise the privacy mode (privacyMode); it can never be lowered")
    @APIResponse(responseCode = "200", description = "The complaint after the act",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ComplaintView raiseComplaintPrivacy(@PathParam("trackingId") String trackingId, ActionRequest body) {
        return act(trackingId, "privacy", body);
    }

    @POST
    @Path("{trackingId}/location")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "correctComplaintLocation", summary = "Correct the kecamatan and desa (location), until "
            + "the complaint is disposed; an address or map point left out stays as it was")
    @APIResponse(responseCode = "200", description = "The complaint after the act",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ComplaintView correctComplaintLocation(@PathParam("trackingId") String trackingId, ActionRequest body) {
        return act(trackingId, "location", body);
    }

    @POST
    @Path("{trackingId}/dispositions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "disposeComplaint", summary = "Send the verified complaint to agencies (agencyIds); their follow-up deadline starts")
    @APIResponse(responseCode = "200", description = "The complaint after the act",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ComplaintView disposeComplaint(@PathParam("trackingId") String trackingId, ActionRequest body) {
        return act(trackingId, "dispositions", body);
    }

    @POST
    @Path("{trackingId}/resolve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "resolveComplaint", summary = "Resolve after every agency responded; the reporter may confirm or reopen")
    @APIResponse(responseCode = "200", description = "The complaint after the act",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ComplaintView resolveComplaint(@PathParam("trackingId") String trackingId, ActionRequest body) {
        return act(trackingId, "resolve", body);
    }

    private ComplaintView act(String trackingId, String act, ActionRequest body) {
        TrackingId id = parseId(trackingId);
        ActionRequest b = body == null ? new ActionRequest(null, null, null, null, null, null, null, null, null) : body;
        var by = caller.actor();
        boolean forwarding = act.equals("not-our-jurisdiction") && b.forwardTo() != null && !b.forwardTo().isBlank();
        // An archive's own "reason" is the request's (DUPLICATE, SPAM, INCOMPLETE); its text the domain calls a note.
        Map<String, String> names = act.equals("archive") ? Map.of("note", "text") : TEXT_FIELDS;
        // The roles let a complaint officer or tenant admin in; one who is also an agency officer is not a
        // coordinator (Role.coordinates): it acts only as its agency.
        caller.requireCoordinator("Only the regency's coordinators verify, sort out, dispose and resolve complaints;"
                + " this account is an agency officer");
        ComplaintView after = ValidationException.inTermsOf(names, () -> tx.inNew(() -> {
            // Not found comes before any complaint about the body: another regency's complaint is answered 404.
            complaints.require(id);
            Complaint c = switch (act) {
                case "verify" -> desk.verify(id, by, b.text());
                case "defer" -> desk.defer(id, by, b.text());
                case "archive" -> archive(id, b, by);
                case "not-our-jurisdiction" -> b.forwardTo() == null || b.forwardTo().isBlank()
                        ? desk.declareNotOurJurisdiction(id, by, b.text())
                        : desk.forwardToOtherTenant(id, b.forwardTo(), by, b.text());
                case "privacy" -> desk.raisePrivacy(id, b.privacyMode(), by, b.text());
                case "location" -> desk.relocate(id, b.location() == null ? null : b.location().toLocation(), by, b.text());
                case "dispositions" -> desk.dispose(id, b.agencyIds(), by, b.text());
                case "resolve" -> desk.resolve(id, by, b.text());
                default -> throw new NotFoundException("Action", act);
            };
            return view(c);
        }));
        if (!forwarding) {
            return after;
        }
        // The receiving regency gets its copy now; the answer then names it (forwardedAs).
        handoffs.deliverNow(id);
        return tx.inNew(() -> view(complaints.require(id)));
    }

    @POST
    @Path("{trackingId}/responses")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AGENCY_OFFICER, Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "respondToComplaint", summary = "An agency's follow-up (tindak lanjut): an agency officer "
            + "answers for their own agency; a coordinator names the agency it records for")
    @APIResponse(responseCode = "200", description = "The complaint after the response",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ComplaintView respond(@PathParam("trackingId") String trackingId, ActionRequest body) {
        TrackingId id = parseId(trackingId);
        ActionRequest b = body == null ? new ActionRequest(null, null, null, null, null, null, null, null, null) : body;
        var by = caller.actor();
        return ValidationException.inTermsOf(TEXT_FIELDS, () -> tx.inNew(() -> {
            visible(id);
            long agency;
            if (caller.coordinator()) {
                if (b.agencyId() == null) {
                    throw ValidationException.of("agencyId", "is required when a coordinator records an agency's response");
                }
                agency = b.agencyId();
            } else {
                agency = caller.agency().id();
            }
            return view(desk.respond(id, agency, b.text(), by));
        }));
    }

    @POST
    @Path("{trackingId}/messages")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.Names.AGENCY_OFFICER, Role.Names.COMPLAINT_OFFICER, Role.Names.TENANT_ADMIN})
    @Operation(operationId = "addComplaintMessage", summary = "A public reply to the reporter (coordinators) or an "
            + "internal note between staff (visibility INTERNAL_NOTE)")
    @APIResponse(responseCode = "200", description = "The complaint with the message",
            content = @Content(schema = @Schema(implementation = ComplaintView.class)))
    @APIResponse(responseCode = "400", ref = "ValidationFailed")
    @APIResponse(responseCode = "404", ref = "NotFound")
    @APIResponse(responseCode = "409", ref = "Conflict")
    public ComplaintView message(@PathParam("trackingId") String trackingId, ActionRequest body) {
        TrackingId id = parseId(trackingId);
        ActionRequest b = body == null ? new ActionRequest(null, null, null, null, null, null, null, null, null) : body;
        String visibility = b.visibility() == null ? "PUBLIC_REPLY" : b.visibility();
        var by = caller.actor();
        return ValidationException.inTermsOf(TEXT_FIELDS, () -> tx.inNew(() -> {
            visible(id);
            return view(switch (visibility) {
                case "INTERNAL_NOTE" -> desk.note(id, by, b.text());
                case "PUBLIC_REPLY" -> {
                    caller.requireCoordinator(
                            "Only the regency's coordinators reply to the reporter; agencies answer with a response");
                    yield desk.reply(id, by, b.text());
                }
                default -> throw ValidationException.of("visibility", "must be PUBLIC_REPLY or INTERNAL_NOTE");
            });
        }));
    }

    /**
     * How the API's requests name what the domain names after its role: an act's {@code text} is a deferral's
     * reason, a response's response, a message's body, a note; the regency to forward to is {@code forwardTo}.
     */
    static final Map<String, String> TEXT_FIELDS = Map.of("reason", "text", "note", "text", "response", "text",
            "body", "text", "tenantSlug", "forwardTo");

    // ---- helpers --------------------------------------------------------------------------------------

    private Complaint archive(TrackingId id, ActionRequest b, id.pendopo.complaint.Actor by) {
        String reason = b.reason() == null ? "" : b.reason();
        return switch (reason) {
            case "DUPLICATE" -> {
                if (b.duplicateOf() == null || !TrackingId.isValid(b.duplicateOf())) {
                    throw ValidationException.of("duplicateOf", "must be the tracking id of the original complaint");
                }
                yield desk.archiveAsDuplicate(id, TrackingId.parse(b.duplicateOf()), by, b.text());
            }
            case "SPAM" -> desk.archiveAsSpam(id, by, b.text());
            case "INCOMPLETE" -> desk.archiveAsIncomplete(id, by, b.text());
            default -> throw ValidationException.of("reason", "must be DUPLICATE, SPAM or INCOMPLETE");
        };
    }

    /** The caller's part of the regency's complaints. */
    private ComplaintFilter restrict(ComplaintFilter filter) {
        if (caller.coordinator()) {
            return filter;
        }
        if (caller.is(Role.Names.AGENCY_OFFICER)) {
            return filter.withAgency(caller.agency().id());
        }
        return filter.publiclyListedOnly();
    }

    /** The complaint if the caller may see it; otherwise not found, as if it did not exist. */
    private Complaint visible(TrackingId id) {
        Complaint c = complaints.require(id);
        boolean allowed = caller.coordinator()
                || (caller.is(Role.Names.AGENCY_OFFICER) && c.disposedAgencyIds().contains(caller.agency().id()))
                || (!caller.staff() && c.isListedPublicly());
        if (!allowed) {
            throw new NotFoundException("Complaint", id);
        }
        return c;
    }

    /** The complaint's hand-offs, looked up only for a complaint that was forwarded out or in. */
    static ComplaintView.Forwarding forwarding(Complaint c, ComplaintHandoffs handoffs) {
        if (c.forwardedToTenant().isEmpty() && c.channel() != Channel.FORWARDED) {
            return ComplaintView.Forwarding.NONE;
        }
        return ComplaintView.Forwarding.of(handoffs.of(c.trackingId()), handoffs.madeInto(c.trackingId()));
    }

    private ComplaintView view(Complaint c) {
        Instant now = clock.instant();
        Map<Long, Agency> byId = agencies.all().stream().collect(Collectors.toMap(Agency::id, a -> a));
        Set<ComplaintAction> allowed = EnumSet.noneOf(ComplaintAction.class);
        if (caller.coordinator()) {
            allowed.addAll(c.allowedActions(now));
        } else if (caller.is(Role.Names.AGENCY_OFFICER) && c.allowedActions(now).contains(ComplaintAction.RECORD_AGENCY_RESPONSE)) {
            allowed.add(ComplaintAction.RECORD_AGENCY_RESPONSE);
        }
        return ComplaintView.of(c, caller.viewer(), now, byId,
                "/api/v1/complaints/" + c.trackingId().value() + "/attachments", allowed,
                complaints::isListedPublicly, forwarding(c, handoffs));
    }

    static TrackingId parseId(String text) {
        if (text == null || !TrackingId.isValid(text)) {
            throw new NotFoundException("Complaint", text);
        }
        return TrackingId.parse(text);
    }

    static ComplaintRequest parse(byte[] body) {
        if (body == null || body.length == 0) {
            throw ValidationException.of("body", "must not be empty");
        }
        ComplaintRequest request = JSON.fromJson(Utf8.decode(body, "body"), ComplaintRequest.class);
        if (request == null) {
            throw ValidationException.of("body", "must not be empty");
        }
        return request;
    }

    private static Set<ComplaintStatus> parseStatuses(List<String> values, List<FieldError> errors) {
        Set<ComplaintStatus> result = EnumSet.noneOf(ComplaintStatus.class);
        for (String v : values == null ? List.<String>of() : values) {
            for (String s : v.split(",")) {
                try {
                    result.add(ComplaintStatus.valueOf(s.strip()));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError("status", "is not a complaint status: '" + s + "'"));
                }
            }
        }
        return result;
    }

    private static Instant instant(String value, String field, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant at = java.time.OffsetDateTime.parse(value).toInstant();
            if (!Validation.storable(at)) {
                errors.add(new FieldError(field, Validation.STORABLE_YEARS, ValidationException.OUT_OF_RANGE));
                return null;
            }
            return at;
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "must be an ISO 8601 instant with offset, e.g. 2026-12-01T00:00:00+07:00"));
            return null;
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static byte[] read(InputStream in, int max, String field) {
        try (in) {
            byte[] content = in.readNBytes(max);
            if (content.length == max && in.read() != -1) {
                throw ValidationException.of(field, "is larger than " + (max - 1) + " bytes");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
