package id.pendopo.ui.i18n;

import jakarta.servlet.http.HttpSession;
import java.util.Locale;

/**
 * The console's languages. Indonesian is the default for everyone; a user's choice lasts for their session and
 * is kept in the HTTP session, where both Vaadin and the plain servlet pages can read it.
 */
public enum Language {
    ID(Locale.forLanguageTag("id"), "ID"),
    EN(Locale.ENGLISH, "EN");

    public static final Language DEFAULT = ID;

    /** HTTP session attribute holding the chosen language's tag. */
    public static final String SESSION_ATTRIBUTE = "id.pendopo.ui.language";

    private final Locale locale;
    private final String label;

    Language(Locale locale, String label) {
        this.locale = locale;
        this.label = label;
    }

    public Locale locale() {
        return locale;
    }

    /** The short label on the switch, the same in both languages. */
    public String label() {
        return label;
    }

    public String tag() {
        return locale.getLanguage();
    }

    /** The language of a tag or locale such as {@code en}, {@code en-US} or {@code in}; the default otherwise. */
    public static Language of(String tag) {
        if (tag == null) {
            return DEFAULT;
        }
        String language = Locale.forLanguageTag(tag.trim().replace('_', '-')).getLanguage();
        for (Language l : values()) {
            if (l.locale.getLanguage().equals(language)) {
                return l;
            }
        }
        // Java's legacy code for Indonesian
        return "in".equals(language) ? ID : DEFAULT;
    }

    public static Language of(Locale locale) {
        return locale == null ? DEFAULT : of(locale.toLanguageTag());
    }

    /** The language chosen in this session, or the default. */
    public static Language ofSession(Object storedTag) {
        return storedTag instanceof String s ? of(s) : DEFAULT;
    }

    public static Language ofSession(HttpSession session) {
        return session == null ? DEFAULT : ofSession(session.getAttribute(SESSION_ATTRIBUTE));
    }
}
