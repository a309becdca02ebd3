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
        out.printf("""
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                  body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f6f9;color:#1f2a37;margin:0}
                  main{max-width:36rem;margin:12vh auto;background:#fff;border-radius:12px;padding:2rem 2.25rem;
                       box-shadow:0 2px 12px rgba(0,0,0,.08)}
                  h1{font-size:1.4rem;margin:0 0 1rem} p{line-height:1.5} .reason{background:#fff4e5;padding:.75rem 1rem;border-radius:8px}
                  nav{display:flex;gap:1rem;justify-content:space-between;margin-top:2rem;font-size:.95rem}
                  a{color:#1565c0}
                </style></head>
                <body><main id="tenant-unavailable" data-type="%s">
                <h1 id="tenant-unavailable-title">%s</h1>
                """,
                locale.getLanguage(), Html.escape(Translations.get(locale, "unavailable.title")), Html.escape(type),
                Html.escape(tenant.map(t -> t.branding().displayName()).orElse(Translations.get(locale, "unavailable.title"))));
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
