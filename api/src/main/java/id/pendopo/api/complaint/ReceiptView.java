package id.pendopo.api.complaint;

import id.pendopo.complaint.ComplaintIntake;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a submission. The tracking secret is shown here once; the reporter needs it to reply or rate. */
@Schema(name = "ComplaintReceipt")
public record ReceiptView(
        @Schema(example = "LKT-26-000123") String trackingId,
        @Schema(example = "K7MQ-2XPR-9WTD-4HNC", description = "Shown once; lets the reporter reply, rate or reopen")
        String trackingSecret,
        @Schema(example = "RECEIVED") String status,
        Instant receivedAt,
        @Schema(description = "The coordinator verifies the report by this instant (3 working days)")
        Instant verificationDueAt,
        @Schema(example = "/api/v1/tracking/LKT-26-000123") String trackingUrl) {

    static ReceiptView of(ComplaintIntake.Receipt r) {
        return new ReceiptView(r.trackingId().value(), r.trackingSecret(), "RECEIVED", r.receivedAt(),
                r.verificationDueAt(), "/api/v1/tracking/" + r.trackingId().value());
    }
}
