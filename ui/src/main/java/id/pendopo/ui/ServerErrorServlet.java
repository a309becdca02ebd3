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

    /** Whatever the failed request's method: an error dispatch and a forward keep it (a POST would get a 405). */
    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        boolean signIn = req.getAttribute(FAILURE) instanceof Throwable;
        String failed = signIn ? String.valueOf(req.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI))
                : req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : "";
        String reference = UUID.randomUUID().toString().substring(0, 8);
        Throwable cause = signIn ? (Throwable) req.getAttribute(FAILURE)
                : req.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        if (signIn || req.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) != null) {
            // Not for the page asked for directly: anyone could fill the log with it.
            LOG.log(Level.WARNING, cause, () -> "Error page " + reference + " for " + failed
                    + (signIn ? ": signing in could not be finished (is the identity provider reachable?)" : ""));
        }

        String kind = signIn ? "sign-in" : "unexpected";
        resp.setStatus(signIn ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        if (signIn) {
            resp.setHeader("Retry-After", "60");
        }
        resp.setContentType("text/html");
        resp.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resp.setHeader("Cache-Control", "no-store");
        PrintWriter out = resp.getWriter();
        out.print(Html.head("id", Translations.get(LANGUAGES.get(0), "server-error." + kind + ".title")));
        out.printf("<main id=\"server-error\" data-kind=\"%s\">%n", kind);
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
