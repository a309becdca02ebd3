package id.pendopo.ui.tenancy;

import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantRepository;
import id.pendopo.ui.Html;
import id.pendopo.ui.i18n.Language;
import id.pendopo.ui.i18n.Translations;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The page a staff member sees instead of the console while their tenant is refused: which regency, why
 * (suspended with the operator's reason, archived, not set up yet, unknown), what to do, a language switch and
 * sign-out. Plain HTML without Vaadin, because the console's layout is the tenant's and may not be shown.
 */
@WebServlet(TenantUnavailableServlet.PATH)
public class TenantUnavailableServlet extends HttpServlet {

    public static final String PATH = "/tenant-unavailable";
    static final String ATTR_TYPE = TenantUnavailableServlet.class.getName() + ".type";
    static final String ATTR_SLUG = TenantUnavailableServlet.class.getName() + ".slug";

    @Inject
    TenantRepository tenants;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String lang = req.getParameter("lang");
        if (lang != null) {
            req.getSession().setAttribute(Language.SESSION_ATTRIBUTE, Language.of(lang).tag());
        }
        Locale locale = Language.ofSession(req.getSession(false)).locale();
        String type = req.getAttribute(ATTR_TYPE) instanceof String t ? t : "tenant-unavailable";
        String slug = req.getAttribute(ATTR_SLUG) instanceof String s ? s : null;
        Optional<Tenant> tenant = slug == null ? Optional.empty() : tenants.findBySlug(slug);

        resp.setContentType("text/html");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("Cache-Control", "no-store");
        String ctx = req.getContextPath();
        PrintWriter out = resp.getWriter();
        out.print(Html.head(locale.getLanguage(), Translations.get(locale, "unavailable.title")));
        out.printf("<main id=\"tenant-unavailable\" data-type=\"%s\">%n<h1 id=\"tenant-unavailable-title\">%s</h1>%n",
                Html.escape(type), Html.escape(tenant.map(t -> t.branding().displayName())
                        .orElse(Translations.get(locale, "unavailable.title"))));
        out.printf("<p id=\"tenant-unavailable-message\">%s</p>%n", Html.escape(Translations.get(locale, "error." + type)));
        tenant.map(Tenant::statusReason).filter(r -> !r.isBlank()).ifPresent(reason -> out.printf(
                "<p class=\"reason\" id=\"tenant-unavailable-reason\">%s: %s</p>%n",
                Html.escape(Translations.get(locale, "unavailable.reason")), Html.escape(reason)));
        out.printf("<p>%s</p>%n", Html.escape(Translations.get(locale, "unavailable.contact")));
        out.printf("""
                <nav><span><a id="unavailable-lang-id" href="?lang=id">Bahasa Indonesia</a> · \
                <a id="unavailable-lang-en" href="?lang=en">English</a></span>
                <a id="logout" href="%s/logout">%s</a></nav>
                </main></body></html>
                """, ctx, Html.escape(Translations.get(locale, "shell.logout")));
    }
}
