package id.pendopo.region;

import java.util.regex.Pattern;

/**
 * The four levels of the Kemendagri hierarchy, each with the shape of its code:
 * {@code 12}, {@code 12.05}, {@code 12.05.01}, {@code 12.05.01.2001}.
 */
public enum RegionLevel {
    PROVINCE(1, "\\d{2}"),
    REGENCY(2, "\\d{2}\\.\\d{2}"),
    DISTRICT(3, "\\d{2}\\.\\d{2}\\.\\d{2}"),
    VILLAGE(4, "\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

    private final int number;
    private final Pattern code;

    RegionLevel(int number, String code) {
        this.number = number;
        this.code = Pattern.compile(code);
    }

    public int number() {
        return number;
    }

    public boolean fits(String kode) {
        return kode != null && code.matcher(kode).matches();
    }

    public static RegionLevel of(int number) {
        for (RegionLevel l : values()) {
            if (l.number == number) {
                return l;
            }
        }
        throw new IllegalArgumentException("No region level " + number);
    }

    /** The code of the region one level up, or null for a province. */
    public static String parentOf(String kode) {
        int dot = kode.lastIndexOf('.');
        return dot < 0 ? null : kode.substring(0, dot);
    }
}
