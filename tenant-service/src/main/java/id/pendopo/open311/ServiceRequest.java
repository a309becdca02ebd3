package id.pendopo.open311;

import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.Viewer;
import id.pendopo.complaint.ComplaintStatus;
import id.pendopo.complaint.Location;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A complaint as Open311 publishes it. Built only by {@link #of}, which applies the publication rules: the
 * reporter never appears; the text, address, map point and status notes only once the complaint
 * {@link Complaint#isPublic() is public} (verified and not CONFIDENTIAL), so nothing unmoderated is published.
 * Times are in the regency's own offset, to the second; {@code updated_datetime} is when the status last changed (for
 * a closed request, when it was closed), not when staff last wrote a note. Absent values are null.
 */
public record ServiceRequest(String serviceRequestId, Open311Status status, String statusNotes, String serviceName,
        String serviceCode, String description, String agencyResponsible, String serviceNotice,
        OffsetDateTime requestedDatetime, OffsetDateTime updatedDatetime, OffsetDateTime expectedDatetime,
        String address, String addressId, String zipcode, Double lat, Double lon, String mediaUrl) {

    /**
     * @param serviceName the name of the complaint's category
     * @param agencies    names of the agencies it was disposed to, in order
     * @param zone        the regency's time zone
     */
    public static ServiceRequest of(Complaint c, String serviceName, List<String> agencies, ZoneId zone) {
        if (!c.isListedPublicly()) {
            throw new IllegalArgumentException("Complaint " + c.trackingId() + " may not be published at all");
        }
        boolean open = c.isPublic();
        Location where = c.location();
        return new ServiceRequest(c.trackingId().value(), Open311Status.of(c.status()),
                c.statusNoteAsSeenBy(Viewer.PUBLIC).orElse(null), serviceName, c.categoryCode(), open ? c.description() : null,
                agencies.isEmpty() ? null : String.join(", ", agencies), null,
                at(c.receivedAt(), zone), at(c.statusChangedAt(), zone), at(expected(c), zone),
                open && where != null ? where.address() : null, null, null,
                open && where != null ? where.latitude() : null, open && where != null ? where.longitude() : null,
                null);
    }

    /**
     * A CONFIDENTIAL complaint as its own id shows it: that it exists, whether it is open, and when it was received,
     * which the client that posted it knows already. Nothing of what it says or whom it concerns, and no times of its
     * handling. Listings leave it out altogether.
     */
    public static ServiceRequest withheld(Complaint c, ZoneId zone) {
        return new ServiceRequest(c.trackingId().value(), Open311Status.of(c.status()), null, null, null, null, null,
                null, at(c.receivedAt(), zone), null, null, null, null, null, null, null, null);
    }

    /** The deadline the regency works to now: verification until sent to agencies, their follow-up while disposed. */
    static Instant expected(Complaint c) {
        if (c.status().awaitsDisposition()) {
            return c.verificationDueAt();
        }
        if (c.status() == ComplaintStatus.DISPOSED) {
            return c.followUpDueAt().orElse(null);
        }
        return null;
    }

    static OffsetDateTime at(Instant instant, ZoneId zone) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone).toOffsetDateTime();
    }
}
