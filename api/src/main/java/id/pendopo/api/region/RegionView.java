package id.pendopo.api.region;

import id.pendopo.region.Region;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One official region. */
@Schema(name = "Region")
public record RegionView(@Schema(example = "12.05.01") String kode, @Schema(example = "Bahorok") String name,
        @Schema(enumeration = {"PROVINCE", "REGENCY", "DISTRICT", "VILLAGE"}) String level) {

    public static RegionView of(Region r) {
        return new RegionView(r.kode(), r.nama(), r.level().name());
    }
}
