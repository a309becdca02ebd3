package id.pendopo.calendar;

import static id.pendopo.calendar.HolidayKind.COLLECTIVE_LEAVE;
import static id.pendopo.calendar.HolidayKind.NATIONAL;

import java.time.LocalDate;
import java.util.List;

/**
 * Indonesia's national holidays (hari libur nasional) and cuti bersama, as data, to seed a new tenant's
 * {@link HolidayCalendar}. The government sets each year's list in a joint decree of three ministers (SKB 3
 * Menteri: Religious Affairs, Manpower, and PANRB); the tenant admin adjusts a seeded calendar when a decree
 * changes, and adds regional holidays.
 *
 * <p><b>2026: certain.</b> The full SKB list, Menteri Agama No. 1497/2025, Menteri Ketenagakerjaan No. 2/2025,
 * Menteri PANRB No. 5/2025 (announced by Kemenko PMK on 19 September 2025): 17 national holidays and 8 days of
 * cuti bersama. Note that the SKB dates the Islamic holidays ahead of the sighting (rukyat); if the Ministry
 * of Religious Affairs' isbat session moves Idul Fitri or Idul Adha, the admin edits the day.
 *
 * <p><b>2027: partial.</b> No SKB for 2027 was available when this was written. Only the days that do not
 * depend on it are here: the fixed-date holidays (1 January, 1 May, 1 June, 17 August, 25 December), the
 * Christian moveable feasts from the Gregorian Easter date (Good Friday 26 March, Easter 28 March, Ascension
 * 6 May) and Chinese New Year (Imlek 2578) on 6 February. Deliberately missing until the SKB is out: Isra
 * Mikraj, Nyepi, Idul Fitri, Idul Adha, Waisak, Islamic New Year, Maulid Nabi, and all cuti bersama. Add them
 * here when the 2027 SKB is published: {@code NationalHolidaySweep} then offers the new days to existing
 * tenants, once each.
 */
public final class NationalHolidays {

    /** One day of the national list. */
    public record Entry(LocalDate day, String name, HolidayKind kind) {
    }

    private static final List<Entry> ALL = List.of(
            // 2026, SKB 3 Menteri 1497/2/5 of 2025
            national(2026, 1, 1, "Tahun Baru 2026 Masehi"),
            national(2026, 1, 16, "Isra Mikraj Nabi Muhammad SAW"),
            leave(2026, 2, 16, "Cuti bersama Tahun Baru Imlek"),
            national(2026, 2, 17, "Tahun Baru Imlek 2577 Kongzili"),
            leave(2026, 3, 18, "Cuti bersama Hari Suci Nyepi"),
            national(2026, 3, 19, "Hari Suci Nyepi Tahun Baru Saka 1948"),
            leave(2026, 3, 20, "Cuti bersama Idul Fitri 1447 H"),
            national(2026, 3, 21, "Idul Fitri 1447 H"),
            national(2026, 3, 22, "Idul Fitri 1447 H"),
            leave(2026, 3, 23, "Cuti bersama Idul Fitri 1447 H"),
            leave(2026, 3, 24, "Cuti bersama Idul Fitri 1447 H"),
            national(2026, 4, 3, "Wafat Yesus Kristus"),
            national(2026, 4, 5, "Kebangkitan Yesus Kristus (Paskah)"),
            national(2026, 5, 1, "Hari Buruh Internasional"),
            national(2026, 5, 14, "Kenaikan Yesus Kristus"),
            leave(2026, 5, 15, "Cuti bersama Kenaikan Yesus Kristus"),
            national(2026, 5, 27, "Idul Adha 1447 H"),
            leave(2026, 5, 28, "Cuti bersama Idul Adha 1447 H"),
            national(2026, 5, 31, "Hari Raya Waisak 2570 BE"),
            national(2026, 6, 1, "Hari Lahir Pancasila"),
            national(2026, 6, 16, "Tahun Baru Islam 1448 H"),
            national(2026, 8, 17, "Hari Proklamasi Kemerdekaan RI"),
            national(2026, 8, 25, "Maulid Nabi Muhammad SAW"),
            leave(2026, 12, 24, "Cuti bersama Kelahiran Yesus Kristus"),
            national(2026, 12, 25, "Kelahiran Yesus Kristus"),
            // 2027, only the days that do not wait for the SKB (see the class comment)
            national(2027, 1, 1, "Tahun Baru 2027 Masehi"),
            national(2027, 2, 6, "Tahun Baru Imlek 2578 Kongzili"),
            national(2027, 3, 26, "Wafat Yesus Kristus"),
            national(2027, 3, 28, "Kebangkitan Yesus Kristus (Paskah)"),
            national(2027, 5, 1, "Hari Buruh Internasional"),
            national(2027, 5, 6, "Kenaikan Yesus Kristus"),
            national(2027, 6, 1, "Hari Lahir Pancasila"),
            national(2027, 8, 17, "Hari Proklamasi Kemerdekaan RI"),
            national(2027, 12, 25, "Kelahiran Yesus Kristus"));

    private NationalHolidays() {
    }

    /** Every known day, in date order. */
    public static List<Entry> all() {
        return ALL;
    }

    public static List<Entry> forYear(int year) {
        return ALL.stream().filter(e -> e.day().getYear() == year).toList();
    }

    /**
     * Offers the national list to the current tenant's calendar ({@link HolidayCalendar#offerNational}): days
     * never offered before are added unless the day already has a holiday; safe to run again, and a day the admin
     * deleted stays deleted. Returns how many days were added.
     */
    public static int seedInto(HolidayCalendar calendar) {
        return calendar.offerNational(ALL);
    }

    private static Entry national(int year, int month, int day, String name) {
        return new Entry(LocalDate.of(year, month, day), name, NATIONAL);
    }

    private static Entry leave(int year, int month, int day, String name) {
        return new Entry(LocalDate.of(year, month, day), name, COLLECTIVE_LEAVE);
    }
}
