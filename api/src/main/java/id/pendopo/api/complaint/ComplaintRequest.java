package id.pendopo.api.complaint;

import id.pendopo.complaint.Channel;
import id.pendopo.complaint.ComplaintType;
import id.pendopo.complaint.Location;
import id.pendopo.complaint.NewComplaint;
import id.pendopo.complaint.PrivacyMode;
import id.pendopo.complaint.Reporter;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new report. The domain checks every field and reports all problems at once. */
@Schema(name = "NewComplaint")
public record ComplaintRequest(
        @Schema(required = true, description = "PENGADUAN (complaint), ASPIRASI (aspiration) or PERMINTAAN_INFORMASI")
        ComplaintType type,
        @Schema(required = true, example = "INFRASTRUKTUR", description = "An active category code of the regency")
        String categoryCode,
        @Schema(required = true, maxLength = 200, example = "Jalan berlubang di depan SD") String title,
        @Schema(required = true, maxLength = 4000) String description,
        @Schema(required = true) LocationBody location,
        ReporterBody reporter,
        @Schema(description = "Default ANONYMOUS: the report is public, the reporter known only to the verifier")
        PrivacyMode privacyMode,
        @Schema(description = "How the report reached the regency; default API. Staff may give PHONE, WALK_IN, SMS, "
                + "SOCIAL_MEDIA or REFERRAL_112")
        Channel channel) {

    /** Where: the kecamatan code is required, the desa code, address and map point are optional. */
    @Schema(name = "ComplaintLocation")
    public record LocationBody(@Schema(example = "12.05.01") String districtCode,
            @Schema(example = "12.05.01.2002") String villageCode, String address, Double latitude, Double longitude) {

        Location toLocation() {
            return new Location(districtCode, blankToNull(villageCode), address, latitude, longitude);
        }
    }

    /** Who reported; every field optional. */
    @Schema(name = "ComplaintReporter")
    public record ReporterBody(String name, String phone, String email) {
    }

    NewComplaint toNewComplaint(Channel defaultChannel) {
        Location where = location == null ? null : location.toLocation();
        Reporter who = reporter == null ? null : new Reporter(reporter.name(), reporter.phone(), reporter.email());
        return new NewComplaint(type, categoryCode, title, description, where, channel == null ? defaultChannel : channel,
                who, privacyMode);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
