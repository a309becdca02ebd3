package id.pendopo.api.complaint;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A citizen's act on their complaint, proven by the tracking secret handed out at submission. */
@Schema(name = "CitizenAct")
public record CitizenRequest(
        @Schema(required = true, example = "K7MQ-2XPR-9WTD-4HNC") String secret,
        @Schema(description = "replies: the message; reopen: why the matter is not solved; rating: an optional comment")
        String text,
        @Schema(description = "rating: 1 (poor) to 5 (excellent)", minimum = "1", maximum = "5") Integer rating) {
}
