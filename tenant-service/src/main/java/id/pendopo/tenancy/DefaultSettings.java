package id.pendopo.tenancy;

import id.pendopo.calendar.SlaDays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Settings every new tenant starts with; the deadlines are the national LAPOR! SP4N defaults ({@link SlaDays#NATIONAL}). */
public final class DefaultSettings {

    public static final String VERIFICATION_DAYS = "complaint.verification-working-days";
    public static final String FOLLOW_UP_DAYS = "complaint.follow-up-working-days";
    public static final String AUTO_CLOSE_DAYS = "complaint.auto-close-working-days";

    private DefaultSettings() {
    }

    public static Map<String, String> forTenant(Tenant tenant) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.putAll(SlaDays.NATIONAL.asSettings());
        return settings;
    }
}
