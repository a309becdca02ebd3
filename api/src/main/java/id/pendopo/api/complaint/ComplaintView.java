package id.pendopo.api.complaint;

import id.pendopo.agency.Agency;
import id.pendopo.complaint.Attachment;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintHandoff;
import id.pendopo.complaint.ComplaintAction;
import id.pendopo.complaint.ComplaintEvent;
import id.pendopo.complaint.ComplaintMessage;
import id.pendopo.complaint.Disposition;
import id.pendopo.complaint.TrackingId;
import id.pendopo.complaint.Viewer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One complaint as a given viewer may see it. The reporter appears only as {@link Complaint#reporterAsSeenBy}
 * allows; internal notes only for staff; allowed actions only for staff.
 */
@Schema(name = "Complaint")
public record ComplaintView(
        @Schema(example = "LKT-26-000123") String trackingId,
        String type, String categoryCode, String title, String description, LocationView location, String channel,
        String privacyMode, String status, String statusNote,
        Instant receivedAt, Instant verificationDueAt, Instant followUpDueAt, Instant resolvedAt,
        Instant reopenableUntil, Instant closedAt, Instant updatedAt,
        @Schema(description = "Past the verification or follow-up deadline") boolean overdue,
        Integer rating, String duplicateOf, String forwardedToTenant,
        @Schema(description = "When forwarded to another regency: whether it has its copy yet (FAILED: that regency "
                + "was closed). This and the next two: for staff and the reporter only",
                enumeration = {"PENDING", "DONE", "FAILED"}) String handoffStatus,
        @Schema(description = "When forwarded: the copy's tracking id at the other regency, once it has it; the "
                + "reporter follows it with the same secret", example = "MDN-26-000042") String forwardedAs,
        @Schema(description = "When another regency forwarded it here: its tracking id there",
                example = "LKT-26-000123") String forwardedFrom,
        @Schema(description = "Absent when the privacy mode hides the reporter from this caller") ReporterView reporter,
        List<DispositionView> dispositions, List<EventView> timeline, List<MessageView> messages,
        List<AttachmentView> attachments,
        @Schema(description = "What this caller may do now; empty for API clients and the public")
        Set<ComplaintAction> allowedActions) {

    /** The complaint's pelimpahan, either way; {@link #NONE} for most complaints. */
    record Forwarding(String handoffStatus, String forwardedAs, String forwardedFrom) {
        static final Forwarding NONE = new Forwarding(null, null, null);

        /** From the hand-off out of this regency ({@code out}) and the one that brought it in ({@code in}). */
        static Forwarding of(Optional<ComplaintHandoff> out, Optional<ComplaintHandoff> in) {
            return new Forwarding(out.map(h -> h.status().name()).orElse(null),
                    out.flatMap(ComplaintHandoff::targetTrackingId).map(TrackingId::value).orElse(null),
                    in.map(h -> h.sourceTrackingId().value()).orElse(null));
        }
    }

    @Schema(name = "ComplaintLocationView")
    public record LocationView(String districtCode, String villageCode, String address, Double latitude, Double longitude) {
    }

    @Schema(name = "ComplaintReporterView")
    public record ReporterView(String name, String phone, String email) {
    }

    @Schema(name = "ComplaintDisposition")
    public record DispositionView(long agencyId, String agencyCode, String agencyName, Instant disposedAt,
            String response, Instant respondedAt) {
    }

    @Schema(name = "ComplaintEvent")
    public record EventView(String type, String statusAfter, String actor, Instant at, String note) {
    }

    @Schema(name = "ComplaintMessage")
    public record MessageView(@Schema(enumeration = {"PUBLIC_REPLY", "INTERNAL_NOTE"}) String visibility,
            String author, String body, Instant postedAt) {
    }

    @Schema(name = "ComplaintAttachment")
    public record AttachmentView(int position, String fileName, String mediaType, long sizeBytes, String sha256, String url) {
    }

    /**
     * @param viewer       whose privacy rules apply
     * @param agencies     the tenant's agencies by id, for names of dispositions
     * @param attachmentBase where attachments are fetched, e.g. {@code /api/v1/complaints/LKT-26-000001/attachments}
     * @param listedPublicly whether another complaint of the regency may be named to a non-staff viewer
     * @param forwarding   where it was forwarded to or from
     */
    static ComplaintView of(Complaint c, Viewer viewer, Instant now, Map<Long, Agency> agencies,
            String attachmentBase, Set<ComplaintAction> allowed, Predicate<TrackingId> listedPublicly,
            Forwarding forwarding) {
        // What the report says is shown only as Complaint.contentVisibleTo allows: an API client or the public sees
        // an unverified or confidential report as Open311 lists it, with its id, category, status and dates.
        boolean content = c.contentVisibleTo(viewer);
        // Which regency's tracking id belongs to which is for staff and the reporter, not for the public.
        Forwarding seen = viewer == Viewer.PUBLIC ? Forwarding.NONE : forwarding;
        boolean reporterVisible = c.reporterVisibleTo(viewer);
        var where = c.location();
        LocationView location = content
                ? new LocationView(where.districtCode(), where.villageCode(), where.address(), where.latitude(), where.longitude())
                : new LocationView(where.districtCode(), null, null, null, null);
        List<MessageView> messages = c.messagesSeenBy(viewer).stream()
                .map(m -> message(m, reporterVisible)).toList();
        // Positions stay those of the complaint's files, so a file's URL does not depend on who asks.
        List<AttachmentView> files = java.util.stream.IntStream.range(0, c.attachments().size())
                .filter(i -> c.attachmentVisibleTo(c.attachments().get(i), viewer))
                .mapToObj(i -> attachment(c, i, c.attachments().get(i), attachmentBase, viewer)).toList();
        return new ComplaintView(c.trackingId().value(), c.type().name(), c.categoryCode(),
                content ? c.title() : null, content ? c.description() : null, location,
                c.channel().name(), c.privacyMode().name(), c.status().name(), c.statusNoteAsSeenBy(viewer).orElse(null),
                c.receivedAt(), c.verificationDueAt(), c.followUpDueAt().orElse(null), c.resolvedAt().orElse(null),
                c.reopenableUntil().orElse(null), c.closedAt().orElse(null), c.updatedAt(),
                c.isVerificationOverdue(now) || c.isFollowUpOverdue(now),
                c.rating().orElse(null), c.duplicateOfAsSeenBy(viewer, listedPublicly).map(TrackingId::value).orElse(null),
                c.forwardedToTenant().orElse(null),
                seen.handoffStatus(), seen.forwardedAs(), seen.forwardedFrom(),
                c.reporterAsSeenBy(viewer).map(r -> new ReporterView(r.name(), r.phone(), r.email())).orElse(null),
                c.dispositions().stream().map(d -> disposition(d, agencies, content)).toList(),
                c.events().stream().map(e -> event(e, viewer, reporterVisible)).toList(),
                messages, files, allowed);
    }

    private static DispositionView disposition(Disposition d, Map<Long, Agency> agencies, boolean content) {
        Agency a = agencies.get(d.agencyId());
        return new DispositionView(d.agencyId(), a == null ? null : a.code(), a == null ? null : a.name(), d.disposedAt(),
                content ? d.response() : null, d.respondedAt());
    }

    private static EventView event(ComplaintEvent e, Viewer viewer, boolean reporterVisible) {
        return new EventView(e.type().name(), e.statusAfter().name(), e.actor().displayNameFor(reporterVisible),
                e.occurredAt(), e.noteAsSeenBy(viewer).orElse(null));
    }

    private static MessageView message(ComplaintMessage m, boolean reporterVisible) {
        return new MessageView(m.visibility().name(), m.author().displayNameFor(reporterVisible), m.body(), m.postedAt());
    }

    private static AttachmentView attachment(Complaint c, int position, Attachment a, String base, Viewer viewer) {
        return new AttachmentView(position, c.attachmentNameFor(a, position, viewer), a.mediaType(), a.sizeBytes(), a.sha256(),
                base == null ? null : base + "/" + position);
    }
}
