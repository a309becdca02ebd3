package id.pendopo.ui.tenancy;

/**
 * Which requests work for a tenant. Sign-in, sign-out, the "tenant unavailable" page and Vaadin's static bundle
 * touch no tenant data and must keep working when a tenant is refused; the citizen's tracking page enters the
 * tenant of the complaint itself.
 */
public final class TenantScope {

    private TenantScope() {
    }

    /** @param path the request path inside the application, e.g. {@code /staf} or {@code /VAADIN/build/x.js} */
    public static boolean needsTenant(String path) {
        if (path == null || path.isEmpty()) {
            return true;
        }
        return !(path.equals("/callback") || path.equals("/logout") || path.equals(TenantUnavailableServlet.PATH)
                || path.startsWith("/VAADIN/build/") || path.startsWith("/VAADIN/static/")
                || path.equals("/favicon.ico")
                // The citizen's page works in the tenant its tracking id names, whoever is signed in.
                || path.startsWith("/lacak/"));
    }
}
