package id.pendopo.calendar;

/** Why a day is not a working day. All kinds count the same for deadlines; the kind is for people. */
public enum HolidayKind {
    /** Hari libur nasional, set by the SKB 3 Menteri. */
    NATIONAL,
    /** A holiday of this regency or province only, e.g. its anniversary (hari jadi). */
    REGIONAL,
    /** Cuti bersama: collective leave for civil servants (ASN), set by the same SKB. */
    COLLECTIVE_LEAVE
}
