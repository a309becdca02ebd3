package id.pendopo.api.settings;

import id.pendopo.calendar.SlaDays;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The regency's complaint deadlines in working days, and whether they keep to LAPOR! SP4N's limits. */
@Schema(name = "SlaSettings")
public record SlaSettingsView(
        @Schema(description = "Days to verify a received report; national rule 3, LAPOR! allows at most 3", example = "3")
        int verificationDays,
        @Schema(description = "Days for the agency's follow-up after disposition; national rule 5, LAPOR! allows at most 5", example = "5")
        int followUpDays,
        @Schema(description = "Days after the follow-up until the report closes by itself; national rule 10", example = "10")
        int autoCloseDays,
        @Schema(description = "false when verification is over 3 or follow-up over 5 working days")
        boolean withinLaporLimits) {

    static SlaSettingsView of(SlaDays d) {
        return new SlaSettingsView(d.verificationDays(), d.followUpDays(), d.autoCloseDays(), d.withinLaporLimits());
    }
}
