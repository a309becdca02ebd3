package id.pendopo.calendar;

import id.pendopo.shared.Validation;
import id.pendopo.tenancy.DefaultSettings;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A tenant's three complaint deadlines, in working days, as its admin sets them: verification after receipt,
 * follow-up by the agency after disposition, and auto-close after the follow-up. Each may be 1 to 30 days.
 *
 * <p>The national rule (LAPOR! SP4N) is 3, 5 and 10 days. A regency may set other values, for instance a
 * shorter auto-close, but LAPOR! allows at most 3 days for verification and 5 for the follow-up: longer ones are
 * accepted here and reported by {@link #withinLaporLimits()}, so that the screen can warn.
 */
public record SlaDays(int verificationDays, int followUpDays, int autoCloseDays) {

    public static final int MIN = 1;
    public static final int MAX = 30;
    /** The most days LAPOR! SP4N allows for verification and for the agency's follow-up. */
    public static final int LAPOR_MAX_VERIFICATION = 3;
    public static final int LAPOR_MAX_FOLLOW_UP = 5;
    /** The national defaults every tenant starts with. */
    public static final SlaDays NATIONAL = new SlaDays(3, 5, 10);

    /** Refuses any value outside 1..30, naming every bad one. */
    public SlaDays validated() {
        String range = "must be between " + MIN + " and " + MAX + " working days";
        new Validation()
                .require(inRange(verificationDays), "verificationDays", range)
                .require(inRange(followUpDays), "followUpDays", range)
                .require(inRange(autoCloseDays), "autoCloseDays", range)
                .throwIfInvalid();
        return this;
    }

    /** Whether verification and follow-up are within what LAPOR! SP4N allows (3 and 5 working days). */
    public boolean withinLaporLimits() {
        return verificationDays <= LAPOR_MAX_VERIFICATION && followUpDays <= LAPOR_MAX_FOLLOW_UP;
    }

    /** The days from a tenant's settings, keyed as in {@link DefaultSettings}. */
    public static SlaDays fromSettings(Map<String, String> settings) {
        return new SlaDays(days(settings, DefaultSettings.VERIFICATION_DAYS),
                days(settings, DefaultSettings.FOLLOW_UP_DAYS),
                days(settings, DefaultSettings.AUTO_CLOSE_DAYS));
    }

    /** The settings that store these days. */
    public Map<String, String> asSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put(DefaultSettings.VERIFICATION_DAYS, Integer.toString(verificationDays));
        settings.put(DefaultSettings.FOLLOW_UP_DAYS, Integer.toString(followUpDays));
        settings.put(DefaultSettings.AUTO_CLOSE_DAYS, Integer.toString(autoCloseDays));
        return settings;
    }

    private static boolean inRange(int days) {
        return days >= MIN && days <= MAX;
    }

    // Every tenant gets these settings at provisioning; a missing or garbled one is a fault to see, not to guess.
    private static int days(Map<String, String> settings, String key) {
        String value = settings.get(key);
        try {
            return Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("Tenant setting " + key + " is not a number of working days: " + value, e);
        }
    }
}
