package id.pendopo.tenancy;

import java.util.LinkedHashMap;
import java.util.Map;

/** Settings every new tenant starts with; the values are the national LAPOR! SP4N defaults. */
public final class DefaultSettings {

    public static final String VERIFICATION_DAYS = "complaint.verification-working-days";
    public static final String FOLLOW_UP_DAYS = "complaint.follow-up-working-days";
    public static final String AUTO_CLOSE_DAYS = "complaint.auto-close-working-days";
    public static final String TRACKING_PREFIX = "complaint.tracking-prefix";

    private DefaultSettings() {
    }

    public static Map<String, String> forTenant(Tenant tenant) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(VERIFICATION_DAYS, "3");
        settings.put(FOLLOW_UP_DAYS, "5");
        settings.put(AUTO_CLOSE_DAYS, "10");
        settings.put(TRACKING_PREFIX, trackingPrefix(tenant.slug()));
        return settings;
    }

    /**
     * Three letters for tracking ids such as {@code LKT-26-000123}: the slug's first letter and its last two
     * consonants ({@code langkat} gives LKT), padded with X for very short slugs. The complaints capability
     * makes the prefix unique on the platform.
     */
    static String trackingPrefix(String slug) {
        String letters = slug.replaceAll("[^a-z]", "");
        String consonants = letters.substring(1).replaceAll("[aeiou]", "");
        String tail = consonants.length() >= 2 ? consonants.substring(consonants.length() - 2) : (consonants + "xx").substring(0, 2);
        return (letters.charAt(0) + tail).toUpperCase(java.util.Locale.ROOT);
    }
}
