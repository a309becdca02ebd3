package id.pendopo.ui.operator;

import id.pendopo.tenancy.TenantSlug;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Proposes a slug from a regency's official name: "Kabupaten Langkat" gives {@code langkat}, "Kota Tanjung Balai"
 * gives {@code tanjung-balai}. It is only a proposal: where a regency and a city share a name ("Kabupaten Bekasi",
 * "Kota Bekasi") the operator edits it, and the core refuses a slug that is taken.
 */
final class SlugSuggestion {

    private SlugSuggestion() {
    }

    static Optional<String> from(String regionName) {
        if (regionName == null) {
            return Optional.empty();
        }
        String n = Normalizer.normalize(regionName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).trim()
                .replaceFirst("^(kabupaten|kab\\.|kota administrasi|kota adm\\.|kota)\\s+", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (n.length() > 40) {
            n = n.substring(0, 40).replaceAll("-+$", "");
        }
        return TenantSlug.isValid(n) ? Optional.of(n) : Optional.empty();
    }
}
