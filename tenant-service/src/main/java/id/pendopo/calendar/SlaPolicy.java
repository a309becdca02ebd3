package id.pendopo.calendar;

import id.pendopo.tenancy.DefaultSettings;
import java.time.Instant;
import java.util.Map;

/**
 * The LAPOR! SP4N complaint deadlines of one tenant, in its working days: a report is verified within
 * {@code verificationDays} of being received, the agency (OPD) follows it up within {@code followUpDays} of the
 * disposition, and a followed-up report closes by itself {@code autoCloseDays} after the follow-up unless the
 * reporter answers. The national defaults are 3, 5 and 10; a tenant may change them in its settings.
 */
public record SlaPolicy(WorkingCalendar calendar, int verificationDays, int followUpDays, int autoCloseDays) {

    public SlaPolicy {
        if (calendar == null) {
            throw new IllegalArgumentException("calendar is required");
        }
        if (verificationDays < 0 || followUpDays < 0 || autoCloseDays < 0) {
            throw new IllegalArgumentException("SLA days must not be negative");
        }
    }

    public SlaPolicy(WorkingCalendar calendar, SlaDays days) {
        this(calendar, days.verificationDays(), days.followUpDays(), days.autoCloseDays());
    }

    /** The policy from a tenant's settings, keyed as in {@link DefaultSettings}. */
    public static SlaPolicy of(WorkingCalendar calendar, Map<String, String> settings) {
        return new SlaPolicy(calendar, SlaDays.fromSettings(settings));
    }

    public Instant verificationDue(Instant received) {
        return calendar.addWorkingDays(received, verificationDays);
    }

    public Instant followUpDue(Instant disposedAt) {
        return calendar.addWorkingDays(disposedAt, followUpDays);
    }

    public Instant autoCloseAt(Instant followedUpAt) {
        return calendar.addWorkingDays(followedUpAt, autoCloseDays);
    }
}
