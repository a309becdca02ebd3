package id.pendopo.api.settings;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * New complaint deadlines, each 1 to 30 working days. Values over LAPOR! SP4N's limits (3 for verification, 5 for
 * follow-up) are accepted; the answer's {@code withinLaporLimits} is then false.
 */
@Schema(name = "SlaSettingsRequest")
public record SlaSettingsRequest(
        @NotNull @Schema(required = true, minimum = "1", maximum = "30", example = "3") Integer verificationDays,
        @NotNull @Schema(required = true, minimum = "1", maximum = "30", example = "5") Integer followUpDays,
        @NotNull @Schema(required = true, minimum = "1", maximum = "30", example = "10") Integer autoCloseDays) {
}
