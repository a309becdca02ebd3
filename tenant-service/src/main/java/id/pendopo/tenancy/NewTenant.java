package id.pendopo.tenancy;

import id.pendopo.shared.Validation;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an operator supplies to create a tenant. The regency's name and province come from the official region
 * list, not from the operator. Blank optional fields take defaults: the province's time zone, Bahasa
 * Indonesia, the regency's name as display name, and the platform colour.
 */
public record NewTenant(String kode, String slug, String displayName, RegionalTime timeZone, String locale,
        String primaryColor, String logoUrl, String contactName, String contactEmail, String contactPhone,
        String adminEmail) {

    public static final Set<String> LOCALES = Set.of("id", "en");
    private static final Pattern REGENCY_CODE = Pattern.compile("\\d{2}\\.\\d{2}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Checks the shape of every field and reports all that fail together. */
    public void validate() {
        new Validation()
                .notBlank(kode, "kode")
                .matches(kode, REGENCY_CODE, "kode", "must be a regency code such as 12.05")
                .notBlank(slug, "slug")
                .require(slug == null || slug.isBlank() || TenantSlug.isValid(slug), "slug",
                        "must be 3 to 40 lowercase letters, digits or single hyphens, starting with a letter")
                .maxLength(displayName, 120, "displayName")
                .require(locale == null || locale.isBlank() || LOCALES.contains(locale), "locale", "must be id or en")
                .require(blank(primaryColor) || Branding.COLOR.matcher(primaryColor).matches(), "primaryColor",
                        "must be a colour such as #1565c0")
                .maxLength(logoUrl, 500, "logoUrl")
                .require(blank(logoUrl) || logoUrl.startsWith("https://") || logoUrl.startsWith("http://")
                        || logoUrl.startsWith("/"), "logoUrl", "must be an http(s) URL or a path")
                .maxLength(contactName, 120, "contactName")
                .require(blank(contactEmail) || EMAIL.matcher(contactEmail).matches(), "contactEmail", "must be an email address")
                .maxLength(contactPhone, 40, "contactPhone")
                .notBlank(adminEmail, "adminEmail")
                .require(blank(adminEmail) || EMAIL.matcher(adminEmail).matches(), "adminEmail", "must be an email address")
                .throwIfInvalid();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String orNull(String s) {
        return blank(s) ? null : s.trim();
    }
}
