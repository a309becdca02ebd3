package id.pendopo.api.complaint;

import id.pendopo.complaint.PrivacyMode;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a workflow act; each act reads the fields it needs and the domain says which are missing. */
@Schema(name = "ComplaintAction")
public record ActionRequest(
        @Schema(description = "Note, reason, response or message text, as the act calls it") String text,
        @Schema(description = "archive: DUPLICATE, SPAM or INCOMPLETE") String reason,
        @Schema(description = "archive DUPLICATE: the original's tracking id") String duplicateOf,
        @Schema(description = "not-our-jurisdiction: the responsible tenant's slug, if it is on Pendopo") String forwardTo,
        @Schema(description = "privacy: the new, higher mode") PrivacyMode privacyMode,
        @Schema(description = "dispositions: the agencies to send to") Set<Long> agencyIds,
        @Schema(description = "responses by a coordinator on an agency's behalf: the agency") Long agencyId,
        @Schema(description = "messages: PUBLIC_REPLY (default) or INTERNAL_NOTE") String visibility,
        @Schema(description = "location: the kecamatan (required) and desa; an address or map point left out stays")
        ComplaintRequest.LocationBody location) {
}
