package id.pendopo.tenancy;

import java.util.LinkedHashMap;
import java.util.Map;

/** Settings every new tenant starts with; the values are the national LAPOR! SP4N defaults. */
public final class DefaultSettings {

    public static final String VERIFICATION_DAYS = "complaint.verification-working-days";
    public static final String FOLLOW_UP_DAYS = "complaint.follow-up-working-days";
    public static final String AUTO_CLOSE_DAYS = "complaint.auto-close-working-days";

    private DefaultSettings() {
    }

    public static Map<String, String> forTenant(Tenant tenant) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(VERIFICATION_DAYS, "3");
        settings.put(FOLLOW_UP_DAYS, "5");
        settings.put(AUTO_CLOSE_DAYS, "10");
        return settings;
    }
}
