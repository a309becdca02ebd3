package id.pendopo.ui.tracking;

import id.pendopo.agency.Agency;
import id.pendopo.agency.AgencyRepository;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintHandoff;
import id.pendopo.complaint.ComplaintHandoffs;
import id.pendopo.complaint.ComplaintTracking;
import id.pendopo.complaint.InvalidTrackingSecretException;
import id.pendopo.complaint.TrackingId;
import id.pendopo.complaint.Viewer;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.Transactions;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantAccess;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantRef;
import id.pendopo.ui.i18n.ErrorMessages;
import id.pendopo.ui.i18n.Translations;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code /lacak/<tracking id>}: where the reporter's e-mails and SMS lead ({@code pendopo.notification.tracking-url}).
 * Open to anyone, without signing in. {@code GET} shows the complaint as the public may see it, or, when it is not
 * public (or does not exist: the answer is the same), only a form for the secret. {@code POST} with the secret
 * shows the reporter's own view and carries out their act: {@code action} is {@code lihat} (look), {@code balas}
 * (write to the staff, {@code text}), {@code nilai} (confirm and rate, {@code rating} 1–5 and an optional
 * {@code text}) or {@code buka} (reopen, {@code text} says why). The tenant is the one the tracking id's prefix
 * names ({@link ComplaintTracking#tenantOf}); every rule is the one the tracking API applies. {@code lang=en} shows
 * it in English ({@link TrackingPage#language}).
 */
@WebServlet(urlPatterns = TrackingPageServlet.PATH + "/*")
public class TrackingPageServlet extends HttpServlet {

    public static final String PATH = "/lacak";

    @Inject
    ComplaintTracking tracking;
    @Inject
    AgencyRepository agencies;
    @Inject
    ComplaintHandoffs handoffs;
    @Inject
    TenantAccess tenants;
    @Inject
    Transactions tx;
    @Inject
    Clock clock;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse res) throws IOException {
        String id = idOf(req);
        Locale locale = TrackingPage.language(req.getParameter("lang"));
        Page page = inTenant(id, locale, tenant -> tx.inNew(() -> {
            try {
                return page(id, tenant, tracking.forPublic(TrackingId.parse(id)), Viewer.PUBLIC, null, false, null, locale,
                        null);
            } catch (NotFoundException notPublic) {
                return notShown(id, tenant, null, 404, locale);
            }
        }));
        write(res, page);
    }

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse res) throws IOException {
        req.setCharacterEncoding("UTF-8");
        String id = idOf(req);
        String secret = req.getParameter("secret") == null ? "" : req.getParameter("secret").strip();
        String action = req.getParameter("action") == null ? "lihat" : req.getParameter("action");
        // Browsers send a textarea's line breaks as CRLF but count them as one character against its maxlength.
        String text = req.getParameter("text") == null ? null : req.getParameter("text").replace("\r\n", "\n");
        Locale locale = TrackingPage.language(req.getParameter("lang"));
        Page page = inTenant(id, locale, tenant -> {
            TrackingId tid = TrackingId.parse(id);
            try {
                String done = tx.inNew(() -> act(tid, secret, action, text, req.getParameter("rating")));
                return tx.inNew(() -> page(id, tenant, tracking.forReporter(tid, secret), Viewer.REPORTER,
                        done == null ? null : Translations.get(locale, done), false, secret, locale, null));
            } catch (InvalidTrackingSecretException | NotFoundException wrong) {
                return notShown(id, tenant, Translations.get(locale, "tracking.wrong-secret"), 403, locale);
            } catch (DomainException refused) {
                // The secret was right, the act was not possible: show their report with the reason, and what they
                // wrote in the box they wrote it in.
                String why = ErrorMessages.of(refused, locale);
                Page shown = tx.inNew(() -> page(id, tenant, tracking.forReporter(tid, secret), Viewer.REPORTER, why,
                        true, secret, locale, new TrackingPage.Draft(action, text)));
                return new Page(refused instanceof ValidationException ? 400 : 409, shown.html());
            }
        });
        write(res, page);
    }

    /** Carries out the reporter's act; returns the key of the sentence that confirms it, or null. */
    private String act(TrackingId id, String secret, String action, String text, String rating) {
        // The secret first: a wrong one is a 403 whatever else the form got wrong.
        tracking.forReporter(id, secret);
        return switch (action) {
            case "lihat" -> null;
            case "balas" -> {
                tracking.reply(id, secret, text);
                yield "tracking.done.reply";
            }
            case "nilai" -> {
                tracking.confirmAndRate(id, secret, rating(rating), text == null || text.isBlank() ? null : text);
                yield "tracking.done.rate";
            }
            case "buka" -> {
                tracking.reopen(id, secret, text);
                yield "tracking.done.reopen";
            }
            default -> throw ValidationException.of("action", "must be lihat, balas, nilai or buka");
        };
    }

    private static int rating(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw ValidationException.of("rating", "choose 1 (poor) to 5 (excellent)");
        }
    }

    private record Page(int status, String html) {
    }

    private Page page(String id, Tenant tenant, Complaint c, Viewer viewer, String notice, boolean error, String secret,
            Locale locale, TrackingPage.Draft draft) {
        Map<Long, String> names = agencies.all().stream().collect(Collectors.toMap(Agency::id, Agency::name));
        return new Page(200, TrackingPage.render(new TrackingPage.Model(id, tenant.name(), tenant.timeZone(),
                clock.instant(), c, viewer, notice, error, names, secret, forwarded(c), locale, draft)));
    }

    /**
     * Where a forwarded complaint went, as the citizen follows it; null for the others. Without a hand-off (a
     * forwarding from before hand-offs existed) nothing reached the other regency: the reporter is told to go there.
     */
    private TrackingPage.Forwarded forwarded(Complaint c) {
        if (c.forwardedToTenant().isEmpty()) {
            return null;
        }
        return handoffs.of(c.trackingId())
                .map(h -> new TrackingPage.Forwarded(h.targetName(), h.targetTrackingId().map(TrackingId::value).orElse(null),
                        h.status() == ComplaintHandoff.Status.FAILED))
                .orElse(new TrackingPage.Forwarded(c.forwardedToTenant().get(), null, true));
    }

    private static Page notShown(String id, Tenant tenant, String notice, int status, Locale locale) {
        return new Page(status, TrackingPage.render(new TrackingPage.Model(id, tenant == null ? "Pendopo" : tenant.name(),
                null, null, null, Viewer.PUBLIC, notice, notice != null, Map.of(), null, null, locale)));
    }

    /** Runs {@code work} in the tenant the id names; an unknown or unusable one reads like an unknown report. */
    private Page inTenant(String id, Locale locale, Function<Tenant, Page> work) {
        if (id == null || !TrackingId.isValid(id)) {
            return notShown(id == null ? "" : id, null, null, 404, locale);
        }
        TenantRef ref;
        try {
            ref = tracking.tenantOf(TrackingId.parse(id));
        } catch (DomainException unknown) {
            return notShown(id, null, null, 404, locale);
        }
        try (TenantContext.Scope scope = TenantContext.enter(ref)) {
            return work.apply(tenants.snapshot(ref.id()));
        }
    }

    private static String idOf(HttpServletRequest req) {
        String path = req.getPathInfo();
        return path == null || path.length() < 2 ? null : path.substring(1).strip().toUpperCase(Locale.ROOT);
    }

    private static void write(HttpServletResponse res, Page page) throws IOException {
        res.setStatus(page.status());
        res.setContentType("text/html;charset=UTF-8");
        res.setHeader("Content-Security-Policy",
                "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
        res.setHeader("X-Content-Type-Options", "nosniff");
        res.setHeader("Referrer-Policy", "no-referrer");
        res.setHeader("Cache-Control", "no-store");
        res.getWriter().write(page.html());
    }
}
