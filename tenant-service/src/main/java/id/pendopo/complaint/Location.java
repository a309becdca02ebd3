package id.pendopo.complaint;

import id.pendopo.shared.Validation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where the reported matter is: the district (kecamatan) by its Kemendagri code, optionally the village
 * (desa/kelurahan), a free-text address, and optionally a map point. Latitude and longitude come as a pair.
 */
@Embeddable
public class Location {

    @Column(name = "district_code", nullable = false, length = 13)
    private String districtCode;

    @Column(name = "village_code", length = 13)
    private String villageCode;

    @Column(name = "address", length = 500)
    private String address;

    @Column(name = "latitude")
    private Double latitude;

    @Column(name = "longitude")
    private Double longitude;

    protected Location() {
    }

    public Location(String districtCode, String villageCode, String address, Double latitude, Double longitude) {
        this.districtCode = districtCode;
        this.villageCode = villageCode;
        this.address = address;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    void validate(Validation v) {
        v.notBlank(districtCode, "location.districtCode").maxLength(districtCode, 13, "location.districtCode")
                .maxLength(villageCode, 13, "location.villageCode")
                .maxLength(address, 500, "location.address")
                .require((latitude == null) == (longitude == null), "location",
                        "latitude and longitude must be given together")
                .require(latitude == null || (latitude >= -90 && latitude <= 90), "location.latitude",
                        "must be between -90 and 90")
                .require(longitude == null || (longitude >= -180 && longitude <= 180), "location.longitude",
                        "must be between -180 and 180");
    }

    public String districtCode() {
        return districtCode;
    }

    public String villageCode() {
        return villageCode;
    }

    public String address() {
        return address;
    }

    public Double latitude() {
        return latitude;
    }

    public Double longitude() {
        return longitude;
    }
}
