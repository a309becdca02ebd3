package id.pendopo.api.webhook;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new webhook: where to POST, and which complaint events (all when none are named). */
@Schema(name = "WebhookRequest")
public record WebhookRequest(
        @NotBlank
        @Schema(required = true, description = "https:// URL that receives the deliveries",
                example = "https://connector.example.go.id/pendopo")
        String url,
        @Schema(description = "Complaint event types to receive, e.g. VERIFIED, RESOLVED; empty or absent: all",
                example = "[\"VERIFIED\", \"DISPOSED\", \"RESOLVED\", \"CLOSED\"]")
        List<String> events) {
}
