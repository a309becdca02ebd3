package id.pendopo.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects every failing field of one input before refusing it, so a client fixes all of them at once. */
public final class Validation {

    private final List<ValidationException.FieldError> errors = new ArrayList<>();

    public Validation require(boolean ok, String field, String message) {
        return require(ok, field, message, ValidationException.INVALID);
    }

    /** As {@link #require(boolean, String, String)}, with the error's code (see {@link ValidationException.FieldError}). */
    public Validation require(boolean ok, String field, String message, String code) {
        if (!ok) {
            errors.add(new ValidationException.FieldError(field, message, code));
        }
        return this;
    }

    public Validation notBlank(String value, String field) {
        return require(!isBlank(value), field, "must not be blank", ValidationException.REQUIRED);
    }

    /**
     * Whether {@code value} says nothing: null, empty, or only white space, including the kinds Java's
     * {@link String#isBlank} does not count (no-break spaces, zero-width spaces and joiners, the byte-order mark),
     * which a title pasted from a word processor or a chat can consist of.
     */
    public static boolean isBlank(String value) {
        return value == null || INVISIBLE.matcher(value).replaceAll("").isBlank();
    }

    private static final Pattern INVISIBLE = Pattern.compile("[\\u00A0\\u2007\\u202F\\u200B-\\u200D\\u2060\\uFEFF]");

    /** The first and last instants a {@code DATETIME} column holds: a date outside them is refused, not stored. */
    private static final java.time.Instant FIRST_STORABLE = java.time.Instant.parse("1000-01-01T00:00:00Z");
    private static final java.time.Instant LAST_STORABLE = java.time.Instant.parse("9999-12-31T23:59:59.999999Z");

    /** The reason a date or instant outside {@link #storable} is refused. */
    public static final String STORABLE_YEARS = "must lie between the years 1000 and 9999";

    /** Whether {@code at} lies where the database can store and compare it (the years 1000 to 9999). */
    public static boolean storable(java.time.Instant at) {
        return !at.isBefore(FIRST_STORABLE) && !at.isAfter(LAST_STORABLE);
    }

    /** Whether {@code day} lies in the years a {@code DATE} column holds, as {@link #storable(java.time.Instant)}. */
    public static boolean storable(java.time.LocalDate day) {
        return day.getYear() >= 1000 && day.getYear() <= 9999;
    }

    /**
     * Text of at most {@code max} characters, and only characters a document can carry: no control characters other
     * than tab and line breaks, no unpaired surrogates, no U+FFFE/U+FFFF. Stored text is published in XML (Open311,
     * Excel exports), which cannot hold them, so one such report would break every list it appears in.
     */
    public Validation maxLength(String value, int max, String field) {
        require(value == null || value.length() <= max, field, "must be at most " + max + " characters",
                ValidationException.TOO_LONG);
        int bad = value == null ? -1 : firstUnprintable(value);
        return require(bad < 0, field, bad < 0 ? "" : "must not contain the character "
                + String.format("U+%04X", (int) value.charAt(bad)) + " (position " + (bad + 1)
                + "): control characters and unpaired surrogates cannot be stored", ValidationException.UNPRINTABLE);
    }

    /** The index of the first character that XML 1.0 cannot carry, or -1. */
    public static int firstUnprintable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (!isXmlChar(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether XML 1.0 can carry {@code c} by itself (a surrogate only in a pair). */
    public static boolean isXmlChar(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
    }

    public Validation matches(String value, Pattern pattern, String field, String message) {
        return require(value == null || pattern.matcher(value).matches(), field, message, ValidationException.FORMAT);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    public void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
