package id.pendopo.api.settings;

import id.pendopo.calendar.Holiday;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A day the regency's offices are closed besides the weekend; it does not count as a working day. */
@Schema(name = "Holiday")
public record HolidayView(long id, @Schema(example = "2026-01-07") LocalDate date,
        @Schema(example = "Hari Jadi Kabupaten Langkat") String name,
        @Schema(enumeration = {"NATIONAL", "REGIONAL", "COLLECTIVE_LEAVE"}) String kind) {

    static HolidayView of(Holiday h) {
        return new HolidayView(h.id(), h.day(), h.name(), h.kind().name());
    }
}
