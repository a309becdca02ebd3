package id.pendopo.open311;

import id.pendopo.complaint.Channel;
import id.pendopo.complaint.ComplaintCategory;
import id.pendopo.complaint.ComplaintType;
import id.pendopo.complaint.Location;
import id.pendopo.complaint.NewComplaint;
import id.pendopo.complaint.PrivacyMode;
import id.pendopo.complaint.Reporter;
import id.pendopo.shared.Validation;
import id.pendopo.shared.ValidationException;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A service request as an Open311 client posts it, every value as the text it sent (null when absent), and
 * {@code attributes} by code as in {@code attribute[district]=12.05.01}. {@link #toNewComplaint} checks it
 * completely and names every failing field as the client named it ({@code lat}, {@code attribute[district]}).
 *
 * <p>{@code device_id} and {@code account_id} are not stored; {@code media_url} is not fetched (a server that
 * fetches any URL it is given can be made to reach internal addresses), only kept for staff as the note of the
 * complaint's first timeline entry ({@link #receiptNote}).
 */
public record NewServiceRequest(String serviceCode, String lat, String lon, String addressString, String addressId,
        String email, String deviceId, String accountId, String firstName, String lastName, String phone,
        String description, String mediaUrl, Map<String, List<String>> attributes) {

    public static final String DISTRICT = "district";
    public static final String VILLAGE = "village";
    public static final String COMPLAINT_TYPE = "complaint_type";
    public static final String PRIVACY = "privacy";
    static final Set<String> ATTRIBUTES = Set.of(DISTRICT, VILLAGE, COMPLAINT_TYPE, PRIVACY);
    static final int MAX_TITLE = 80;
    static final int MAX_MEDIA_URL = 500;

    public NewServiceRequest {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }

    /** The report this request is, for {@code category}; {@link ValidationException} lists every problem. */
    public NewComplaint toNewComplaint(ComplaintCategory category) {
        Validation v = new Validation();
        Double latitude = number(lat, "lat", -90, 90, v);
        Double longitude = number(lon, "long", -180, 180, v);
        v.require((lat == null || lat.isBlank()) == (lon == null || lon.isBlank()), "lat",
                "lat and long must be sent together");
        v.require(present(lat) || present(addressString) || present(addressId), "lat",
                "a location is required: lat and long, address_string or address_id");
        for (String code : attributes.keySet()) {
            v.require(ATTRIBUTES.contains(code), "attribute[" + code + "]",
                    "is not an attribute of this service; the service definition lists district, village, "
                            + "complaint_type and privacy");
            v.require(attributes.get(code).size() <= 1, "attribute[" + code + "]", "takes one value");
        }
        String district = attribute(DISTRICT);
        v.require(present(district), "attribute[" + DISTRICT + "]", "is required: the kecamatan's Kemendagri code");
        ComplaintType type = choice(COMPLAINT_TYPE, ComplaintType.class, ComplaintType.PENGADUAN, v);
        PrivacyMode privacy = choice(PRIVACY, PrivacyMode.class, null, v);
        v.require(!present(mediaUrl) || isWebUrl(mediaUrl), "media_url", "must be an http or https URL of at most "
                + MAX_MEDIA_URL + " characters");
        v.throwIfInvalid();

        String text = present(description) ? description.strip() : category.name();
        Location location = new Location(district.strip(), blankToNull(attribute(VILLAGE)), addressText(),
                latitude, longitude);
        return new NewComplaint(type, category.code(), titleOf(text), text, location, Channel.OPEN311, reporter(),
                privacy);
    }

    /**
     * The first timeline entry's note, for staff: the {@code media_url} the client sent (not fetched), or null. It is
     * kept apart from the description, which may use all of its 4,000 characters.
     */
    public String receiptNote() {
        return present(mediaUrl) && isWebUrl(mediaUrl) ? "media_url: " + mediaUrl.strip() : null;
    }

    /**
     * The title staff see in the inbox: the description's first sentence, or its first {@value #MAX_TITLE}
     * characters cut at a word, with an ellipsis when cut.
     */
    static String titleOf(String description) {
        String text = description.strip().replaceAll("\\s+", " ");
        int end = -1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if ((ch == '.' || ch == '!' || ch == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                end = i + 1;
                break;
            }
        }
        String sentence = end > 0 ? text.substring(0, end) : text;
        if (sentence.length() <= MAX_TITLE) {
            return sentence;
        }
        int at = MAX_TITLE - 1;
        if (Character.isHighSurrogate(sentence.charAt(at - 1))) {
            at--; // never half an emoji: a lone surrogate is refused as an unprintable character
        }
        String cut = sentence.substring(0, at);
        int space = cut.lastIndexOf(' ');
        return (space > MAX_TITLE / 2 ? cut.substring(0, space) : cut).strip() + "…";
    }

    /** The domain names its fields its own way; the client should read the names it sent. */
    static ValidationException inOpen311Terms(ValidationException e) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("location.districtCode", "attribute[" + DISTRICT + "]");
        names.put("location.villageCode", "attribute[" + VILLAGE + "]");
        names.put("location.address", "address_string");
        names.put("location.latitude", "lat");
        names.put("location.longitude", "long");
        names.put("location", "lat");
        names.put("reporter.email", "email");
        names.put("reporter.phone", "phone");
        names.put("reporter.name", "first_name");
        names.put("categoryCode", "service_code");
        names.put("title", "description");
        return e.renamed(names);
    }

    private String attribute(String code) {
        List<String> values = attributes.get(code);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private <E extends Enum<E>> E choice(String code, Class<E> type, E absent, Validation v) {
        String value = attribute(code);
        if (!present(value)) {
            return absent;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            v.require(false, "attribute[" + code + "]", "must be one of "
                    + String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())
                    + ", got '" + value + "'");
            return absent;
        }
    }

    private static Double number(String text, String field, double min, double max, Validation v) {
        if (!present(text)) {
            return null;
        }
        try {
            double d = Double.parseDouble(text.strip());
            v.require(Double.isFinite(d) && d >= min && d <= max, field,
                    "must be a number from " + (int) min + " to " + (int) max + ", got '" + text + "'");
            return Double.isFinite(d) && d >= min && d <= max ? d : null;
        } catch (NumberFormatException e) {
            v.require(false, field, "must be a decimal number in WGS84 degrees, got '" + text + "'");
            return null;
        }
    }

    private String addressText() {
        if (present(addressString)) {
            return addressString.strip();
        }
        return present(addressId) ? "address_id " + addressId.strip() : null;
    }

    private Reporter reporter() {
        String name = String.join(" ", java.util.stream.Stream.of(firstName, lastName).filter(NewServiceRequest::present)
                .map(String::strip).toList());
        if (name.isEmpty() && !present(phone) && !present(email)) {
            return null;
        }
        return new Reporter(blankToNull(name), blankToNull(phone), blankToNull(email));
    }

    private static boolean isWebUrl(String url) {
        String u = url.strip();
        if (u.length() > MAX_MEDIA_URL) {
            return false;
        }
        try {
            URI uri = new URI(u);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static String blankToNull(String s) {
        return present(s) ? s.strip() : null;
    }
}
