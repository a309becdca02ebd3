package id.pendopo.tenancy;

import java.time.ZoneId;

/** Indonesia's three time zones. A regency's working days and due dates follow its zone. */
public enum RegionalTime {
    WIB("Asia/Jakarta"),
    WITA("Asia/Makassar"),
    WIT("Asia/Jayapura");

    private final ZoneId zone;

    RegionalTime(String zone) {
        this.zone = ZoneId.of(zone);
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * The zone a province lies in, from the two-digit province code of the Kemendagri region code. Provinces
     * of Sumatra, Java and West/Central Kalimantan use WIB; Bali, Nusa Tenggara, the rest of Kalimantan and
     * Sulawesi use WITA; Maluku and Papua use WIT.
     */
    public static RegionalTime ofProvince(String provinceKode) {
        int p = Integer.parseInt(provinceKode.substring(0, 2));
        if (p >= 81) {
            return WIT;
        }
        if (p >= 51 && p <= 53 || p >= 63 && p <= 65 || p >= 71 && p <= 76) {
            return WITA;
        }
        return WIB;
    }
}
