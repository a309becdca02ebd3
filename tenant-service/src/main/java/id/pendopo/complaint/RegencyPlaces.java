package id.pendopo.complaint;

import id.pendopo.region.Region;
import id.pendopo.region.RegionDirectory;
import id.pendopo.region.RegionLevel;
import id.pendopo.shared.Validation;
import id.pendopo.tenancy.Tenant;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Whether a location names a kecamatan of the tenant's regency and, if given, a desa or kelurahan of that kecamatan. */
final class RegencyPlaces {

    private RegencyPlaces() {
    }

    /** Adds a failure to {@code v} for a kecamatan outside {@code tenant}'s regency or a desa outside the kecamatan. */
    static void check(Location where, Tenant tenant, RegionDirectory regions, Validation v) {
        if (where == null || where.districtCode() == null || where.districtCode().isBlank()) {
            return; // the report's own rules name a missing kecamatan
        }
        Optional<Region> district = regions.recent(where.districtCode())
                .filter(r -> r.level() == RegionLevel.DISTRICT && tenant.kode().equals(r.parentKode()));
        v.require(district.isPresent(), "location.districtCode", "is not a kecamatan of " + tenant.name()
                + ": '" + where.districtCode() + "'");
        if (district.isPresent() && where.villageCode() != null && !where.villageCode().isBlank()) {
            boolean inDistrict = regions.recent(where.villageCode())
                    .filter(r -> r.level() == RegionLevel.VILLAGE && where.districtCode().equals(r.parentKode()))
                    .isPresent();
            v.require(inDistrict, "location.villageCode", "is not a desa/kelurahan of kecamatan "
                    + district.get().nama() + ": '" + where.villageCode() + "'");
        }
    }

    /** The kecamatan and desa by name ("Bahorok, Lau Damak"), a code the directory does not know as it is. */
    static String name(Location where, RegionDirectory regions) {
        return Stream.of(where.districtCode(), where.villageCode())
                .filter(k -> k != null && !k.isBlank())
                .map(k -> regions.find(k).map(Region::nama).orElse(k))
                .collect(Collectors.joining(", "));
    }
}
