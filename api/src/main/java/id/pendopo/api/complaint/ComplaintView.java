package id.pendopo.api.complaint;

import id.pendopo.agency.Agency;
import id.pendopo.complaint.Attachment;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintAction;
import id.pendopo.complaint.ComplaintEvent;
import id.pendopo.complaint.ComplaintMessage;
import id.pendopo.complaint.Disposition;
import id.pendopo.complaint.MessageVisibility;
import id.pendopo.complaint.TrackingId;
import id.pendopo.complaint.Viewer;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
        @Schema(description = "Absent when the privacy mode hides the reporter from this caller") ReporterView reporter,
        List<DispositionView> dispositions, List<EventView> timeline, List<MessageView> messages,
        List<AttachmentView> attachments,
        @Schema(description = "What this caller may do now; empty for API clients and the public")
        Set<ComplaintAction> allowedActions) {

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
     * @param staff        whether internal notes and allowed actions are shown
     * @param agencies     the tenant's agencies by id, for names of dispositions
     * @param attachmentBase where attachments are fetched, e.g. {@code /api/v1/complaints/LKT-26-000001/attachments}
     */
    static ComplaintView of(Complaint c, Viewer viewer, boolean staff, Instant now, Map<Long, Agency> agencies,
            String attachmentBase, Set<ComplaintAction> allowed) {
        var where = c.location();
        List<MessageView> messages = c.messages().stream()
                .filter(m -> staff || m.visibility() == MessageVisibility.PUBLIC_REPLY)
                .map(ComplaintView::message).toList();
        List<AttachmentView> files = java.util.stream.IntStream.range(0, c.attachments().size())
                .mapToObj(i -> attachment(i, c.attachments().get(i), attachmentBase)).toList();
        return new ComplaintView(c.trackingId().value(), c.type().name(), c.categoryCode(), c.title(), c.description(),
                new LocationView(where.districtCode(), where.villageCode(), where.address(), where.latitude(), where.longitude()),
                c.channel().name(), c.privacyMode().name(), c.status().name(), c.statusNote(),
                c.receivedAt(), c.verificationDueAt(), c.followUpDueAt().orElse(null), c.resolvedAt().orElse(null),
                c.reopenableUntil().orElse(null), c.closedAt().orElse(null), c.updatedAt(),
                c.isVerificationOverdue(now) || c.isFollowUpOverdue(now),
                c.rating().orElse(null), c.duplicateOf().map(TrackingId::value).orElse(null),
                c.forwardedToTenant().orElse(null),
                c.reporterAsSeenBy(viewer).map(r -> new ReporterView(r.name(), r.phone(), r.email())).orElse(null),
                c.dispositions().stream().map(d -> disposition(d, agencies)).toList(),
                c.events().stream().map(ComplaintView::event).toList(),
                messages, files, allowed);
    }

    private static DispositionView disposition(Disposition d, Map<Long, Agency> agencies) {
        Agency a = agencies.get(d.agencyId());
        return new DispositionView(d.agencyId(), a == null ? null : a.code(), a == null ? null : a.name(), d.disposedAt(),
                d.response(), d.respondedAt());
    }

    private static EventView event(ComplaintEvent e) {
        return new EventView(e.type().name(), e.statusAfter().name(), e.actor().displayName(), e.occurredAt(), e.note());
    }

    private static MessageView message(ComplaintMessage m) {
        return new MessageView(m.visibility().name(), m.author().displayName(), m.body(), m.postedAt());
    }

    private static AttachmentView attachment(int position, Attachment a, String base) {
        return new AttachmentView(position, a.fileName(), a.mediaType(), a.sizeBytes(), a.sha256(),
                base == null ? null : base + "/" + position);
    }
}
