package id.pendopo.ui.components;

import java.util.Locale;

/** Element ids built from data (a slug, a username) that are safe in CSS selectors, e.g. {@code staff-roles-admin-langkat}. */
public final class Ids {

    private Ids() {
    }

    public static String of(String prefix, String value) {
        String v = value == null ? "" : value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]", "-");
        return prefix + "-" + v;
    }
}
