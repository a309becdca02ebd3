package id.pendopo.ui.tracking;

import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintAction;
import id.pendopo.complaint.ComplaintEvent;
import id.pendopo.complaint.ComplaintMessage;
import id.pendopo.complaint.Disposition;
import id.pendopo.complaint.TrackingId;
import id.pendopo.complaint.Viewer;
import id.pendopo.notification.IndonesianDates;
import id.pendopo.tenancy.RegionalTime;
import id.pendopo.ui.i18n.Translations;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The citizen's tracking page, as plain HTML without scripts: what {@code viewer} may see of one complaint, by the
 * complaint's own rules ({@link Complaint#contentVisibleTo}, {@link Complaint#messagesSeenBy},
 * {@link ComplaintEvent#noteAsSeenBy}, {@link Complaint#statusNoteAsSeenBy}), and the forms the reporter may use.
 * Everything the complaint holds is escaped. In Indonesian, the language of the e-mails that link here, or in
 * English ({@code ?lang=en}, kept by the forms; a link switches between the two).
 */
public final class TrackingPage {

    static final Locale ID = Locale.forLanguageTag("id");
    static final Locale EN = Locale.ENGLISH;

    /**
     * @param complaint  null when there is nothing to show: unknown, not public, or a wrong secret
     * @param notice     a sentence to show above the complaint (a confirmation or a refusal), or null
     * @param agencies   the regency's agency names by id, for the answers of the agencies
     * @param secret     the reporter's secret as they typed it, carried in their forms (only for {@code REPORTER})
     * @param forwarded  where the complaint was forwarded, or null
     * @param locale     Indonesian ({@link #ID}) or English ({@link #EN})
     * @param draft      what the reporter wrote with an act that was refused, or null
     */
    public record Model(String trackingId, String regency, RegionalTime zone, Instant now, Complaint complaint,
            Viewer viewer, String notice, boolean noticeIsError, Map<Long, String> agencies, String secret,
            Forwarded forwarded, Locale locale, Draft draft) {

        public Model {
            locale = isEnglish(locale) ? EN : ID;
        }

        public Model(String trackingId, String regency, RegionalTime zone, Instant now, Complaint complaint,
                Viewer viewer, String notice, boolean noticeIsError, Map<Long, String> agencies, String secret,
                Forwarded forwarded, Locale locale) {
            this(trackingId, regency, zone, now, complaint, viewer, notice, noticeIsError, agencies, secret, forwarded,
                    locale, null);
        }

        /** The text to fill {@code action}'s box with: what was sent with it if it was refused, else nothing. */
        String draftOf(String action) {
            if (draft == null || !action.equals(draft.action()) || draft.text() == null) {
                return "";
            }
            // A browser drops one line break right after <textarea>: a text that starts with one keeps it.
            return (draft.text().startsWith("\n") ? "\n" : "") + esc(draft.text());
        }

        String t(String key, Object... params) {
            return Translations.get(locale, key, params);
        }
    }

    /**
     * The text a reporter sent with an act ({@code nilai}, {@code buka}, {@code balas}) that was refused: the page
     * shows the reason and the same text in the same box, so that a long message is corrected, not typed again.
     */
    public record Draft(String action, String text) {
    }

    /** The page's language for a {@code lang} parameter: English for {@code en}, else Indonesian. */
    public static Locale language(String lang) {
        return lang != null && lang.strip().toLowerCase(Locale.ROOT).startsWith("en") ? EN : ID;
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && locale.getLanguage().equals("en");
    }

    /**
     * The regency a complaint was forwarded to, its tracking id there once that regency has it (else null), and
     * whether the hand-off was given up (that regency was closed), so the reporter must go there themselves.
     */
    public record Forwarded(String regency, String trackingId, boolean givenUp) {
    }

    private TrackingPage() {
    }

    public static String render(Model m) {
        StringBuilder h = new StringBuilder(4096);
        boolean english = isEnglish(m.locale());
        h.append("<!doctype html><html lang=\"").append(english ? "en" : "id").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(m.t("tracking.heading"))).append(' ').append(esc(m.trackingId()))
                .append(" — ").append(esc(m.regency()))
                .append("</title><style>").append(STYLE).append("</style></head><body><main>")
                .append("<p class=\"regency\">").append(esc(m.regency())).append(" · <a id=\"language\" lang=\"")
                .append(english ? "id" : "en").append("\" href=\"").append(self(m)).append(english ? "" : "?lang=en")
                .append("\">").append(esc(m.t("tracking.other-language"))).append("</a></p>")
                .append("<h1>").append(esc(m.t("tracking.heading"))).append(" <span id=\"tracking-id\">")
                .append(esc(m.trackingId())).append("</span></h1>");
        if (m.notice() != null) {
            h.append("<p id=\"notice\" class=\"").append(m.noticeIsError() ? "error" : "ok").append("\">")
                    .append(esc(m.notice())).append("</p>");
        }
        Complaint c = m.complaint();
        if (c == null) {
            h.append("<p id=\"not-shown\">").append(esc(m.t("tracking.not-shown"))).append("</p>");
            secretForm(h, m);
            return h.append("</main></body></html>").toString();
        }
        Viewer v = m.viewer();
        boolean content = c.contentVisibleTo(v);
        h.append("<section id=\"complaint\" data-status=\"").append(c.status().name()).append("\">")
                .append("<p>").append(esc(m.t("tracking.status"))).append(": <strong id=\"status\">")
                .append(esc(m.t("complaint.status." + c.status().name()))).append("</strong></p><p>")
                .append(esc(m.t("tracking.received"))).append(": ").append(esc(when(c.receivedAt(), m.zone(), m.locale())))
                .append("</p>");
        deadline(c, m).ifPresent(d -> h.append("<p id=\"deadline\">").append(esc(d)).append("</p>"));
        c.statusNoteAsSeenBy(v).ifPresent(n -> h.append("<p id=\"status-note\">").append(esc(m.t("tracking.status-note")))
                .append(": ").append(esc(n)).append("</p>"));
        if (m.forwarded() != null) {
            String regency = m.forwarded().regency();
            h.append("<p id=\"forwarded\">");
            if (m.forwarded().givenUp()) {
                h.append(esc(m.t("tracking.forwarded.given-up", regency)));
            } else if (m.forwarded().trackingId() == null) {
                h.append(esc(m.t("tracking.forwarded.pending", regency)));
            } else {
                String there = m.forwarded().trackingId();
                h.append(esc(m.t("tracking.forwarded.as", regency))).append(" <a id=\"forwarded-as\" href=\"/lacak/")
                        .append(esc(there)).append(english ? "?lang=en" : "").append("\">").append(esc(there)).append("</a>. ")
                        .append(esc(m.t("tracking.forwarded.follow")));
            }
            h.append("</p>");
        }
        if (content) {
            h.append("<h2 id=\"title\">").append(esc(c.title())).append("</h2>")
                    .append("<p id=\"description\" class=\"text\">").append(esc(c.description())).append("</p>");
            List<Disposition> answered = c.dispositions().stream().filter(Disposition::hasResponded).toList();
            if (!answered.isEmpty()) {
                h.append("<h3>").append(esc(m.t("tracking.answers"))).append("</h3><ul id=\"answers\">");
                for (Disposition d : answered) {
                    h.append("<li><strong>").append(esc(m.agencies().getOrDefault(d.agencyId(), m.t("tracking.agency"))))
                            .append("</strong>: <span class=\"text\">").append(esc(d.response())).append("</span></li>");
                }
                h.append("</ul>");
            }
        }
        boolean reporterVisible = c.reporterVisibleTo(v);
        h.append("<h3>").append(esc(m.t("tracking.timeline"))).append("</h3><ol id=\"timeline\">");
        for (ComplaintEvent e : c.events()) {
            h.append("<li data-event=\"").append(e.type().name()).append("\">")
                    .append(esc(when(e.occurredAt(), m.zone(), m.locale()))).append(" — ")
                    .append(esc(m.t("complaint.event." + e.type().name()))).append(" (")
                    .append(esc(e.actor().displayNameFor(reporterVisible))).append(')');
            e.noteAsSeenBy(v).ifPresent(n -> h.append(": <span class=\"text\">").append(esc(n)).append("</span>"));
            h.append("</li>");
        }
        h.append("</ol>");
        List<ComplaintMessage> messages = c.messagesSeenBy(v);
        if (!messages.isEmpty()) {
            h.append("<h3>").append(esc(m.t("tracking.messages"))).append("</h3><ul id=\"messages\">");
            for (ComplaintMessage msg : messages) {
                h.append("<li><strong>").append(esc(msg.author().displayNameFor(reporterVisible))).append("</strong>, ")
                        .append(esc(when(msg.postedAt(), m.zone(), m.locale()))).append(": <span class=\"text\">")
                        .append(esc(msg.body())).append("</span></li>");
            }
            h.append("</ul>");
        }
        h.append("</section>");
        if (v == Viewer.REPORTER) {
            reporterForms(h, m, c);
        } else {
            secretForm(h, m);
        }
        return h.append("</main></body></html>").toString();
    }

    private static void secretForm(StringBuilder h, Model m) {
        h.append("<form id=\"secret-form\" method=\"post\" action=\"").append(self(m)).append("\">")
                .append("<input type=\"hidden\" name=\"action\" value=\"lihat\">").append(langInput(m))
                .append("<label>").append(esc(m.t("tracking.secret")))
                .append(" <input id=\"secret\" name=\"secret\" autocomplete=\"off\" required ")
                .append("placeholder=\"XXXX-XXXX-XXXX-XXXX\" maxlength=\"40\"></label> ")
                .append("<button id=\"show\" type=\"submit\">").append(esc(m.t("tracking.show"))).append("</button></form>");
    }

    private static String langInput(Model m) {
        return isEnglish(m.locale()) ? "<input type=\"hidden\" name=\"lang\" value=\"en\">" : "";
    }

    /** The reporter's acts, each a form carrying the secret again (nothing is kept between requests). */
    private static void reporterForms(StringBuilder h, Model m, Complaint c) {
        Set<ComplaintAction> allowed = c.allowedActions(m.now());
        String secret = m.secret();
        h.append("<section id=\"reporter-acts\">");
        if (allowed.contains(ComplaintAction.CONFIRM_AND_CLOSE)) {
            h.append(form("rate-form", m, "nilai", secret)).append("<fieldset><legend>")
                    .append(esc(m.t("tracking.rate.legend"))).append("</legend>");
            for (int i = 1; i <= 5; i++) {
                h.append("<label><input type=\"radio\" name=\"rating\" value=\"").append(i).append("\" id=\"rating-")
                        .append(i).append("\"").append(i == 5 ? " required" : "").append("> ").append(i).append("</label> ");
            }
            h.append("<label>").append(esc(m.t("tracking.rate.comment")))
                    .append(" <textarea name=\"text\" maxlength=\"4000\">").append(m.draftOf("nilai"))
                    .append("</textarea></label><button id=\"rate\" type=\"submit\">")
                    .append(esc(m.t("tracking.rate.submit"))).append("</button></fieldset></form>");
        }
        if (allowed.contains(ComplaintAction.REOPEN)) {
            h.append(form("reopen-form", m, "buka", secret)).append("<label>").append(esc(m.t("tracking.reopen.label")))
                    .append(" <textarea name=\"text\" required maxlength=\"4000\">").append(m.draftOf("buka"))
                    .append("</textarea></label><button id=\"reopen\" ")
                    .append("type=\"submit\">").append(esc(m.t("tracking.reopen.submit"))).append("</button></form>");
        }
        if (c.acceptsReporterReplies()) {
            h.append(form("reply-form", m, "balas", secret)).append("<label>").append(esc(m.t("tracking.reply.label")))
                    .append(" <textarea id=\"reply-text\" name=\"text\" required maxlength=\"4000\">")
                    .append(m.draftOf("balas")).append("</textarea></label>")
                    .append("<button id=\"reply\" type=\"submit\">").append(esc(m.t("tracking.reply.submit")))
                    .append("</button></form>");
        }
        h.append("</section>");
    }

    /**
     * Where the page's own links and forms go: the tracking id, relative to {@code /lacak/}, only when it is one; a
     * path that is no tracking id (shown as text, escaped) never becomes a link target.
     */
    private static String self(Model m) {
        String id = m.trackingId() == null ? "" : m.trackingId().strip().toUpperCase(Locale.ROOT);
        return TrackingId.isValid(id) ? esc(id) : "./";
    }

    /**
     * A form of the reporter's, carrying the secret they typed (the page is the answer to their own POST, never
     * cached, so the secret goes nowhere it was not already).
     */
    private static String form(String id, Model m, String action, String secret) {
        return "<form id=\"" + id + "\" method=\"post\" action=\"" + self(m) + "\">"
                + "<input type=\"hidden\" name=\"action\" value=\"" + action + "\">" + langInput(m)
                + "<input type=\"hidden\" name=\"secret\" value=\"" + esc(secret) + "\">";
    }

    private static Optional<String> deadline(Complaint c, Model m) {
        return switch (c.status()) {
            case RECEIVED, DEFERRED -> Optional.of(m.t("tracking.deadline.verification",
                    deadline(c.verificationDueAt(), m.zone(), m.locale())));
            case VERIFIED -> Optional.of(m.t("tracking.deadline.disposition",
                    deadline(c.verificationDueAt(), m.zone(), m.locale())));
            case DISPOSED -> c.followUpDueAt().map(d -> m.t("tracking.deadline.follow-up", deadline(d, m.zone(), m.locale())));
            default -> Optional.empty();
        };
    }

    /** As {@link IndonesianDates#deadline}, in the page's language: a deadline at midnight is its last day. */
    static String deadline(Instant at, RegionalTime zone, Locale locale) {
        if (!isEnglish(locale)) {
            return IndonesianDates.deadline(at, zone);
        }
        ZonedDateTime local = at.atZone(zone.zone());
        return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? DAY_EN.format(local.minusDays(1)) : when(at, zone, locale);
    }

    static String when(Instant at, RegionalTime zone, Locale locale) {
        ZonedDateTime local = at.atZone(zone.zone());
        return (isEnglish(locale) ? WHEN_EN : WHEN_ID).format(local) + " " + zone.name();
    }

    private static final DateTimeFormatter WHEN_ID = DateTimeFormatter.ofPattern("d MMMM yyyy 'pukul' HH.mm", ID);
    private static final DateTimeFormatter WHEN_EN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", EN);
    private static final DateTimeFormatter DAY_EN = DateTimeFormatter.ofPattern("d MMMM yyyy", EN);

    /** HTML text and attribute escaping. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(ch);
            }
        }
        return out.toString();
    }

    private static final String STYLE = "body{font-family:system-ui,sans-serif;margin:0;background:#f5f6f8;color:#1d2430}"
            + "main{max-width:44rem;margin:0 auto;padding:1.5rem;background:#fff;min-height:100vh}"
            + ".regency{color:#5a6472;margin:0}h1{font-size:1.4rem}.text{white-space:pre-wrap}"
            + ".error{background:#fdecea;padding:.6rem;border-radius:4px}.ok{background:#e8f5e9;padding:.6rem;border-radius:4px}"
            + "form{margin:1rem 0;padding:.8rem;border:1px solid #dde1e6;border-radius:6px}"
            + "textarea{display:block;width:100%;min-height:4rem;margin:.3rem 0}label{display:inline-block;margin:.2rem 0}"
            + "button{padding:.4rem .9rem}ol,ul{padding-left:1.2rem}li{margin:.3rem 0}";
}
