package id.pendopo.api.settings;

import id.pendopo.complaint.ComplaintCategory;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One complaint category of the caller's regency; {@code code} is also its Open311 {@code service_code}. */
@Schema(name = "ComplaintCategory")
public record CategoryView(@Schema(example = "INFRASTRUKTUR") String code,
        @Schema(example = "Infrastruktur, Jalan dan Jembatan") String name, String description,
        @Schema(description = "Comma-separated words", example = "jalan,lubang,jembatan") String keywords,
        boolean active, Instant createdAt) {

    static CategoryView of(ComplaintCategory c) {
        return new CategoryView(c.code(), c.name(), c.description(), c.keywords(), c.active(), c.createdAt());
    }
}
