package id.pendopo.api.settings;

import id.pendopo.calendar.HolidayKind;
import id.pendopo.shared.ValidationException;
import java.time.LocalDate;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new holiday; a day that already has one is refused with 409 {@code duplicate-holiday}. */
@Schema(name = "HolidayRequest")
public record HolidayRequest(
        @Schema(required = true, example = "2026-01-07") LocalDate date,
        @Schema(required = true, maxLength = 120, example = "Hari Jadi Kabupaten Langkat") String name,
        @Schema(required = true, enumeration = {"NATIONAL", "REGIONAL", "COLLECTIVE_LEAVE"}, example = "REGIONAL")
        String kind) {

    /** The kind, or null when absent (the calendar names the missing field); an unknown kind is invalid input. */
    HolidayKind holidayKind() {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return Arrays.stream(HolidayKind.values()).filter(k -> k.name().equals(kind.trim())).findFirst()
                .orElseThrow(() -> ValidationException.of("kind",
                        "must be one of " + Arrays.toString(HolidayKind.values())));
    }
}
