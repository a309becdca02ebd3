package id.pendopo.tenancy;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Chooses the three letters that start every tracking id of a tenant's complaints ({@code LKT-26-000123}).
 * Citizens track reports by that id on one platform endpoint, so no two tenants share a prefix. The first
 * choice is the slug's first letter and its last two consonants ({@code langkat} gives LKT); when that is
 * taken, the first letter stays and the other two run through the alphabet.
 */
public final class TrackingPrefixes {

    public static final Pattern FORMAT = Pattern.compile("[A-Z]{3}");

    private TrackingPrefixes() {
    }

    public static String choose(String slug, Set<String> taken) {
        String first = preferred(slug);
        if (!taken.contains(first)) {
            return first;
        }
        char initial = first.charAt(0);
        for (char a : alphabetStartingAt(first.charAt(1))) {
            for (char b : alphabetStartingAt(first.charAt(2))) {
                String candidate = "" + initial + a + b;
                if (!taken.contains(candidate)) {
                    return candidate;
                }
            }
        }
        for (char i = 'A'; i <= 'Z'; i++) {
            for (char a = 'A'; a <= 'Z'; a++) {
                for (char b = 'A'; b <= 'Z'; b++) {
                    String candidate = "" + i + a + b;
                    if (!taken.contains(candidate)) {
                        return candidate;
                    }
                }
            }
        }
        throw new IllegalStateException("All 17,576 tracking prefixes are taken");
    }

    /** The slug's first letter and its last two consonants, padded with X for very short slugs. */
    static String preferred(String slug) {
        String letters = slug.replaceAll("[^a-z]", "");
        String consonants = letters.substring(1).replaceAll("[aeiou]", "");
        String tail = consonants.length() >= 2 ? consonants.substring(consonants.length() - 2) : (consonants + "xx").substring(0, 2);
        return (letters.charAt(0) + tail).toUpperCase(Locale.ROOT);
    }

    private static char[] alphabetStartingAt(char start) {
        char[] letters = new char[26];
        for (int i = 0; i < 26; i++) {
            letters[i] = (char) ('A' + (start - 'A' + i) % 26);
        }
        return letters;
    }
}
