package id.pendopo.open311;

import id.pendopo.complaint.ComplaintCategory;

/**
 * One service of the jurisdiction: an active complaint category. Every service has attributes (at least the
 * kecamatan), so {@code metadata} is always true, and reports get their tracking id at once ({@code realtime}).
 * {@code group} is empty: a regency's categories are one flat list.
 */
public record Service(String serviceCode, String serviceName, String description, boolean metadata, String type,
        String keywords, String group) {

    public static Service of(ComplaintCategory c) {
        return new Service(c.code(), c.name(), c.description(), true, "realtime", keywordsOf(c.keywords()), "");
    }

    /** Stored as {@code jalan,lubang}; GeoReport shows {@code jalan, lubang}. */
    static String keywordsOf(String stored) {
        if (stored == null || stored.isBlank()) {
            return "";
        }
        return String.join(", ", java.util.Arrays.stream(stored.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList());
    }
}
