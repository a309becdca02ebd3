package id.pendopo.open311;

import id.pendopo.complaint.ComplaintStatus;
import id.pendopo.shared.ValidationException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * GeoReport v2 knows two statuses. A report is {@code open} while the regency still owes the reporter something
 * (verification, disposition, an agency's follow-up), and {@code closed} once its handling ended: resolved (even
 * though the reporter may still reopen it, which makes it open again), closed, archived, or not this regency's
 * matter.
 */
public enum Open311Status {
    OPEN(EnumSet.of(ComplaintStatus.RECEIVED, ComplaintStatus.DEFERRED, ComplaintStatus.VERIFIED,
            ComplaintStatus.DISPOSED, ComplaintStatus.FOLLOWED_UP)),
    CLOSED(EnumSet.of(ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED, ComplaintStatus.ARCHIVED,
            ComplaintStatus.NOT_OUR_JURISDICTION));

    private final Set<ComplaintStatus> statuses;

    Open311Status(Set<ComplaintStatus> statuses) {
        this.statuses = statuses;
    }

    public static Open311Status of(ComplaintStatus status) {
        return OPEN.statuses.contains(status) ? OPEN : CLOSED;
    }

    /** {@code open} or {@code closed}, as a request parameter names it; any case. */
    public static Open311Status parse(String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "open" -> OPEN;
            case "closed" -> CLOSED;
            default -> throw ValidationException.of("status", "must be open or closed, got '" + value + "'");
        };
    }

    /** The complaint statuses this Open311 status stands for. */
    public Set<ComplaintStatus> statuses() {
        return EnumSet.copyOf(statuses);
    }

    /** As GeoReport writes it: {@code open} or {@code closed}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
