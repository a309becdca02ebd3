package id.pendopo.notification;

import id.pendopo.tenancy.RegionalTime;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as a regency's people read them: in its own zone, in Indonesian. */
public final class IndonesianDates {

    private static final Locale ID = Locale.forLanguageTag("id");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", ID);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", ID);

    private IndonesianDates() {
    }

    /**
     * A deadline. Working-day deadlines end at midnight, which reads as the end of the previous day:
     * "4 Desember 2026", not "5 Desember 2026 pukul 00.00". Other instants get their time and zone.
     */
    public static String deadline(Instant at, RegionalTime zone) {
        ZonedDateTime local = at.atZone(zone.zone());
        if (local.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return DAY.format(local.minusDays(1));
        }
        return DAY.format(local) + " pukul " + TIME.format(local) + " " + zone.name();
    }
}
