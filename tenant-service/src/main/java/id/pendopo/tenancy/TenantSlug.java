package id.pendopo.tenancy;

import java.util.regex.Pattern;

/** The short, URL-safe name of a tenant, e.g. {@code langkat}; also its identity organization's alias. */
public final class TenantSlug {

    public static final Pattern FORMAT = Pattern.compile("[a-z][a-z0-9-]{1,38}[a-z0-9]");

    private TenantSlug() {
    }

    public static boolean isValid(String slug) {
        return slug != null && FORMAT.matcher(slug).matches() && !slug.contains("--");
    }
}
