package id.pendopo.notification.webhook;

import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintChanged;
import id.pendopo.complaint.Location;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.util.Optional;

/**
 * The body of a webhook delivery. Webhooks go to third parties, so they carry what the public may see of a
 * complaint and never more, whatever the receiver's rights in the API:
 * <ul>
 * <li>always: the event, the tracking id, the status and the times (receipt, deadlines, last change);</li>
 * <li>unless CONFIDENTIAL ({@link Complaint#isListedPublicly()}): also its type and category;</li>
 * <li>once public ({@link Complaint#isPublic()}: verified and not CONFIDENTIAL): also title, text and location.</li>
 * </ul>
 * Never the reporter (not even a PUBLIC reporter's name), messages, internal notes, status notes or agency
 * responses. A body longer than {@link WebhookDelivery#MAX_PAYLOAD} characters (a 4,000-character text of quotes
 * doubles when escaped) carries the start of the description and {@code "descriptionTruncated": true}; the receiver
 * reads the whole text through the API.
 */
public final class WebhookPayload {

    public static final String TYPE = "complaint.changed";

    private WebhookPayload() {
    }

    public static String of(String eventId, String tenantSlug, ComplaintChanged change, Complaint c) {
        String description = c.description();
        String body = of(eventId, tenantSlug, change, c, description, false);
        while (body.length() > WebhookDelivery.MAX_PAYLOAD && !description.isEmpty()) {
            int over = body.length() - WebhookDelivery.MAX_PAYLOAD;
            int keep = Math.max(0, description.length() - Math.max(over, 16));
            if (keep > 0 && Character.isHighSurrogate(description.charAt(keep - 1))) {
                keep--; // never half a character
            }
            description = description.substring(0, keep);
            body = of(eventId, tenantSlug, change, c, description, true);
        }
        return body;
    }

    private static String of(String eventId, String tenantSlug, ComplaintChanged change, Complaint c, String description,
            boolean truncated) {
        JsonObjectBuilder complaint = Json.createObjectBuilder()
                .add("trackingId", c.trackingId().value())
                .add("status", c.status().name())
                .add("receivedAt", c.receivedAt().toString())
                .add("updatedAt", c.updatedAt().toString())
                .add("verificationDueAt", c.verificationDueAt().toString());
        optional(complaint, "followUpDueAt", c.followUpDueAt());
        optional(complaint, "resolvedAt", c.resolvedAt());
        optional(complaint, "closedAt", c.closedAt());
        if (c.isListedPublicly()) {
            complaint.add("type", c.type().name()).add("category", c.categoryCode());
        }
        if (c.isPublic()) {
            complaint.add("title", c.title()).add("description", description).add("location", location(c.location()));
            if (truncated) {
                complaint.add("descriptionTruncated", true);
            }
        }
        return Json.createObjectBuilder()
                .add("id", eventId)
                .add("type", TYPE)
                .add("event", change.event().name())
                .add("occurredAt", change.at().toString())
                .add("tenant", tenantSlug)
                .add("complaint", complaint)
                .build().toString();
    }

    private static JsonObjectBuilder location(Location l) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("districtCode", l.districtCode());
        if (l.villageCode() != null) {
            b.add("villageCode", l.villageCode());
        }
        if (l.address() != null) {
            b.add("address", l.address());
        }
        if (l.latitude() != null && l.longitude() != null) {
            b.add("latitude", l.latitude()).add("longitude", l.longitude());
        }
        return b;
    }

    private static void optional(JsonObjectBuilder b, String name, Optional<Instant> value) {
        value.ifPresent(v -> b.add(name, v.toString()));
    }
}
