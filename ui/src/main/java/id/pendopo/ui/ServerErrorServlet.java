package id.pendopo.ui;

import id.pendopo.ui.i18n.Translations;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The page for a request the server could not answer (web.xml's error page for 500), instead of Payara's empty
 * answer. A failure of the sign-in mechanism ({@code SignInFailurePage} forwards here) is named as such: the identity
 * provider (Keycloak) could not be reached to finish signing in, which is what staff meet while it is down. The page is plain HTML in both languages, Indonesian
 * first: the session and the console may be what failed. It carries a reference that is also in the server log, so
 * that an operator can find the failure a user reports.
 */
@WebServlet(ServerErrorServlet.PATH)
public class ServerErrorServlet extends HttpServlet {

    public static final String PATH = "/galat";
    /** Set by {@code SignInFailurePage}: the sign-in mechanism's failure, which no error page would see. */
    public static final String FAILURE = ServerErrorServlet.class.getName() + ".sign-in-failure";
    private static final Logger LOG = Logger.getLogger(ServerErrorServlet.class.getName());
    private static final List<Locale> LANGUAGES = List.of(Locale.forLanguageTag("id"), Locale.ENGLISH);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean signIn = req.getAttribute(FAILURE) instanceof Throwable;
        String failed = signIn ? String.valueOf(req.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI))
                : req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : "";
        String reference = UUID.randomUUID().toString().substring(0, 8);
        Throwable cause = signIn ? (Throwable) req.getAttribute(FAILURE)
                : req.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        LOG.log(Level.WARNING, cause, () -> "Error page " + reference + " for " + failed
                + (signIn ? ": signing in could not be finished (is the identity provider reachable?)" : ""));

        String kind = signIn ? "sign-in" : "unexpected";
        resp.setStatus(signIn ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        if (signIn) {
            resp.setHeader("Retry-After", "60");
        }
        resp.setContentType("text/html");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("Cache-Control", "no-store");
        PrintWriter out = resp.getWriter();
        out.printf("""
                <!DOCTYPE html>
                <html lang="id"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                  body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f4f6f9;color:#1f2a37;margin:0}
                  main{max-width:36rem;margin:12vh auto;background:#fff;border-radius:12px;padding:2rem 2.25rem;
                       box-shadow:0 2px 12px rgba(0,0,0,.08)}
                  h1{font-size:1.4rem;margin:0 0 1rem} h2{font-size:1.1rem;margin:1.5rem 0 .5rem} p{line-height:1.5}
                  section+section{border-top:1px solid #e5e7eb;margin-top:1.5rem} a{color:#1565c0} small{color:#6b7280}
                </style></head>
                <body><main id="server-error" data-kind="%s">
                """, Html.escape(Translations.get(LANGUAGES.get(0), "server-error." + kind + ".title")), kind);
        for (Locale locale : LANGUAGES) {
            out.printf("""
                    <section lang="%s">
                    <%s>%s</%s>
                    <p>%s</p>
                    <p><a href="%s/">%s</a></p>
                    </section>
                    """, locale.getLanguage(), locale == LANGUAGES.get(0) ? "h1" : "h2",
                    Html.escape(Translations.get(locale, "server-error." + kind + ".title")), locale == LANGUAGES.get(0) ? "h1" : "h2",
                    Html.escape(Translations.get(locale, "server-error." + kind + ".message")), Html.escape(req.getContextPath()),
                    Html.escape(Translations.get(locale, "server-error.again")));
        }
        out.printf("""
                <p><small id="server-error-reference">%s</small></p>
                </main></body></html>
                """, Html.escape(Translations.get(LANGUAGES.get(0), "server-error.reference", reference) + " · "
                + Translations.get(Locale.ENGLISH, "server-error.reference", reference)));
    }
}
