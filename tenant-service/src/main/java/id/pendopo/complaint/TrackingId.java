package id.pendopo.complaint;

import id.pendopo.shared.ValidationException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number a citizen quotes to follow a complaint, e.g. {@code LKT-26-000123}: the tenant's three-letter
 * prefix, the two-digit year of receipt and a six-digit sequence. It is unique on the whole platform (a unique
 * index across tenants guards it), so the national LAPOR! connector and a call-centre agent can look a report
 * up without knowing the regency first. Parsing forgives case and surrounding blanks, since citizens type it.
 */
public record TrackingId(String prefix, int yearOfCentury, int sequence) {

    public static final Pattern FORMAT = Pattern.compile("([A-Z]{3})-(\\d{2})-(\\d{6})");
    public static final int MAX_SEQUENCE = 999_999;
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{3}");

    public TrackingId {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw ValidationException.of("trackingId", "prefix must be three capital letters, got '" + prefix + "'");
        }
        if (yearOfCentury < 0 || yearOfCentury > 99) {
            throw ValidationException.of("trackingId", "year must have two digits, got " + yearOfCentury);
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw ValidationException.of("trackingId", "sequence must be 1 to " + MAX_SEQUENCE + ", got " + sequence);
        }
    }

    /** The id of the {@code sequence}-th complaint a tenant received in {@code year} (a full year, e.g. 2026). */
    public static TrackingId of(String prefix, int year, int sequence) {
        return new TrackingId(prefix, Math.floorMod(year, 100), sequence);
    }

    /** Reads a tracking id as a citizen typed it; refuses anything not of the form {@code PPP-YY-NNNNNN}. */
    public static TrackingId parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip().toUpperCase(Locale.ROOT));
        if (m == null || !m.matches()) {
            throw ValidationException.of("trackingId", "must look like LKT-26-000123, got '" + text + "'");
        }
        return new TrackingId(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (ValidationException e) {
            return false;
        }
    }

    public String value() {
        // Not String.format: every report, list row and notification asks for it.
        StringBuilder id = new StringBuilder(13).append(prefix).append('-');
        pad(id, yearOfCentury, 2);
        return pad(id.append('-'), sequence, 6).toString();
    }

    private static StringBuilder pad(StringBuilder to, int number, int digits) {
        String text = Integer.toString(number);
        return to.append("0".repeat(digits - text.length())).append(text);
    }

    @Override
    public String toString() {
        return value();
    }
}
