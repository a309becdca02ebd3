package id.pendopo.api.complaint;

import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.Viewer;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A complaint in a list: enough to sort and pick, nothing about the reporter. The title only when the viewer may
 * read what the report says ({@link Complaint#contentVisibleTo}).
 */
@Schema(name = "ComplaintSummary")
public record ComplaintSummaryView(@Schema(example = "LKT-26-000123") String trackingId, String type, String categoryCode,
        String title, String districtCode, String status, String privacyMode, Instant receivedAt,
        Instant verificationDueAt, Instant followUpDueAt, boolean overdue, Instant updatedAt) {

    static ComplaintSummaryView of(Complaint c, Viewer viewer, Instant now) {
        return new ComplaintSummaryView(c.trackingId().value(), c.type().name(), c.categoryCode(),
                c.contentVisibleTo(viewer) ? c.title() : null,
                c.location().districtCode(), c.status().name(), c.privacyMode().name(), c.receivedAt(),
                c.verificationDueAt(), c.followUpDueAt().orElse(null),
                c.isVerificationOverdue(now) || c.isFollowUpOverdue(now), c.updatedAt());
    }

    /** One page; {@code next} is the cursor of the following page, absent on the last. */
    @Schema(name = "ComplaintPage")
    public record Page(List<ComplaintSummaryView> items, String next) {
    }
}
