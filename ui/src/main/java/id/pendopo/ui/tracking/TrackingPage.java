package id.pendopo.ui.tracking;

import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintAction;
import id.pendopo.complaint.ComplaintEvent;
import id.pendopo.complaint.ComplaintMessage;
import id.pendopo.complaint.ComplaintStatus;
import id.pendopo.complaint.Disposition;
import id.pendopo.complaint.Viewer;
import id.pendopo.notification.IndonesianDates;
import id.pendopo.tenancy.RegionalTime;
import id.pendopo.ui.i18n.Translations;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The citizen's tracking page, as plain HTML without scripts: what {@code viewer} may see of one complaint, by the
 * complaint's own rules ({@link Complaint#contentVisibleTo}, {@link Complaint#messagesSeenBy},
 * {@link ComplaintEvent#noteAsSeenBy}, {@link Complaint#statusNoteAsSeenBy}), and the forms the reporter may use.
 * Everything the complaint holds is escaped. In Indonesian, the language of the e-mails that link here.
 */
public final class TrackingPage {

    static final Locale ID = Locale.forLanguageTag("id");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'pukul' HH.mm", ID);

    /**
     * @param complaint  null when there is nothing to show: unknown, not public, or a wrong secret
     * @param notice     a sentence to show above the complaint (a confirmation or a refusal), or null
     * @param agencies   the regency's agency names by id, for the answers of the agencies
     * @param secret     the reporter's secret as they typed it, carried in their forms (only for {@code REPORTER})
     * @param forwarded  where the complaint was forwarded, or null
     */
    public record Model(String trackingId, String regency, RegionalTime zone, Instant now, Complaint complaint,
            Viewer viewer, String notice, boolean noticeIsError, Map<Long, String> agencies, String secret,
            Forwarded forwarded) {
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
        h.append("<!doctype html><html lang=\"id\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Lacak laporan ").append(esc(m.trackingId())).append(" — ").append(esc(m.regency()))
                .append("</title><style>").append(STYLE).append("</style></head><body><main>")
                .append("<p class=\"regency\">").append(esc(m.regency())).append("</p>")
                .append("<h1>Lacak laporan <span id=\"tracking-id\">").append(esc(m.trackingId())).append("</span></h1>");
        if (m.notice() != null) {
            h.append("<p id=\"notice\" class=\"").append(m.noticeIsError() ? "error" : "ok").append("\">")
                    .append(esc(m.notice())).append("</p>");
        }
        Complaint c = m.complaint();
        if (c == null) {
            h.append("<p id=\"not-shown\">Laporan ini tidak ditemukan atau belum dapat ditampilkan untuk umum. Bila Anda "
                    + "pelapornya, masukkan kode rahasia yang Anda terima saat melapor.</p>");
            secretForm(h, m.trackingId());
            return h.append("</main></body></html>").toString();
        }
        Viewer v = m.viewer();
        boolean content = c.contentVisibleTo(v);
        h.append("<section id=\"complaint\" data-status=\"").append(c.status().name()).append("\">")
                .append("<p>Status: <strong id=\"status\">").append(esc(t("complaint.status." + c.status().name())))
                .append("</strong></p><p>Diterima: ").append(esc(when(c.receivedAt(), m.zone()))).append("</p>");
        deadline(c, m.zone()).ifPresent(d -> h.append("<p id=\"deadline\">").append(esc(d)).append("</p>"));
        c.statusNoteAsSeenBy(v).ifPresent(n -> h.append("<p id=\"status-note\">Keterangan: ").append(esc(n)).append("</p>"));
        if (m.forwarded() != null) {
            h.append("<p id=\"forwarded\">Laporan ini dilimpahkan ke ").append(esc(m.forwarded().regency()));
            if (m.forwarded().givenUp()) {
                h.append(", tetapi tidak dapat diserahkan kepada mereka secara otomatis. Silakan sampaikan laporan Anda "
                        + "langsung kepada ").append(esc(m.forwarded().regency())).append(".</p>");
            } else if (m.forwarded().trackingId() == null) {
                h.append("; nomor laporannya di sana menyusul.</p>");
            } else {
                String there = m.forwarded().trackingId();
                h.append(" dan diterima di sana sebagai <a id=\"forwarded-as\" href=\"/lacak/").append(esc(there)).append("\">")
                        .append(esc(there)).append("</a>. Pantau di sana dengan kode rahasia yang sama.</p>");
            }
        }
        if (content) {
            h.append("<h2 id=\"title\">").append(esc(c.title())).append("</h2>")
                    .append("<p id=\"description\" class=\"text\">").append(esc(c.description())).append("</p>");
            List<Disposition> answered = c.dispositions().stream().filter(Disposition::hasResponded).toList();
            if (!answered.isEmpty()) {
                h.append("<h3>Tindak lanjut perangkat daerah</h3><ul id=\"answers\">");
                for (Disposition d : answered) {
                    h.append("<li><strong>").append(esc(m.agencies().getOrDefault(d.agencyId(), "Perangkat daerah")))
                            .append("</strong>: <span class=\"text\">").append(esc(d.response())).append("</span></li>");
                }
                h.append("</ul>");
            }
        }
        boolean reporterVisible = c.reporterVisibleTo(v);
        h.append("<h3>Riwayat</h3><ol id=\"timeline\">");
        for (ComplaintEvent e : c.events()) {
            h.append("<li data-event=\"").append(e.type().name()).append("\">")
                    .append(esc(when(e.occurredAt(), m.zone()))).append(" — ")
                    .append(esc(t("complaint.event." + e.type().name()))).append(" (")
                    .append(esc(e.actor().displayNameFor(reporterVisible))).append(')');
            e.noteAsSeenBy(v).ifPresent(n -> h.append(": <span class=\"text\">").append(esc(n)).append("</span>"));
            h.append("</li>");
        }
        h.append("</ol>");
        List<ComplaintMessage> messages = c.messagesSeenBy(v);
        if (!messages.isEmpty()) {
            h.append("<h3>Percakapan</h3><ul id=\"messages\">");
            for (ComplaintMessage msg : messages) {
                h.append("<li><strong>").append(esc(msg.author().displayNameFor(reporterVisible))).append("</strong>, ")
                        .append(esc(when(msg.postedAt(), m.zone()))).append(": <span class=\"text\">")
                        .append(esc(msg.body())).append("</span></li>");
            }
            h.append("</ul>");
        }
        h.append("</section>");
        if (v == Viewer.REPORTER) {
            reporterForms(h, m, c);
        } else {
            secretForm(h, m.trackingId());
        }
        return h.append("</main></body></html>").toString();
    }

    private static void secretForm(StringBuilder h, String trackingId) {
        h.append("<form id=\"secret-form\" method=\"post\" action=\"").append(esc(trackingId)).append("\">")
                .append("<input type=\"hidden\" name=\"action\" value=\"lihat\">")
                .append("<label>Kode rahasia <input id=\"secret\" name=\"secret\" autocomplete=\"off\" required ")
                .append("placeholder=\"XXXX-XXXX-XXXX-XXXX\" maxlength=\"40\"></label> ")
                .append("<button id=\"show\" type=\"submit\">Lihat laporan saya</button></form>");
    }

    /** The reporter's acts, each a form carrying the secret again (nothing is kept between requests). */
    private static void reporterForms(StringBuilder h, Model m, Complaint c) {
        Set<ComplaintAction> allowed = c.allowedActions(m.now());
        String secret = m.secret();
        h.append("<section id=\"reporter-acts\">");
        if (allowed.contains(ComplaintAction.CONFIRM_AND_CLOSE)) {
            h.append(form("rate-form", m.trackingId(), "nilai", secret)).append("<fieldset><legend>Konfirmasi selesai dan beri ")
                    .append("penilaian</legend>");
            for (int i = 1; i <= 5; i++) {
                h.append("<label><input type=\"radio\" name=\"rating\" value=\"").append(i).append("\" id=\"rating-")
                        .append(i).append("\"").append(i == 5 ? " required" : "").append("> ").append(i).append("</label> ");
            }
            h.append("<label>Komentar (tidak wajib) <textarea name=\"text\" maxlength=\"4000\"></textarea></label>")
                    .append("<button id=\"rate\" type=\"submit\">Kirim penilaian</button></fieldset></form>");
        }
        if (allowed.contains(ComplaintAction.REOPEN)) {
            h.append(form("reopen-form", m.trackingId(), "buka", secret))
                    .append("<label>Belum selesai? Jelaskan mengapa <textarea name=\"text\" required maxlength=\"4000\">")
                    .append("</textarea></label><button id=\"reopen\" type=\"submit\">Buka kembali laporan</button></form>");
        }
        if (c.status() != ComplaintStatus.CLOSED) {
            h.append(form("reply-form", m.trackingId(), "balas", secret))
                    .append("<label>Tulis pesan kepada petugas <textarea id=\"reply-text\" name=\"text\" required ")
                    .append("maxlength=\"4000\"></textarea></label><button id=\"reply\" type=\"submit\">Kirim pesan</button></form>");
        }
        h.append("</section>");
    }

    /**
     * A form of the reporter's, carrying the secret they typed (the page is the answer to their own POST, never
     * cached, so the secret goes nowhere it was not already).
     */
    private static String form(String id, String trackingId, String action, String secret) {
        return "<form id=\"" + id + "\" method=\"post\" action=\"" + esc(trackingId) + "\">"
                + "<input type=\"hidden\" name=\"action\" value=\"" + action + "\">"
                + "<input type=\"hidden\" name=\"secret\" value=\"" + esc(secret) + "\">";
    }

    private static java.util.Optional<String> deadline(Complaint c, RegionalTime zone) {
        return switch (c.status()) {
            case RECEIVED, DEFERRED -> java.util.Optional.of("Batas waktu verifikasi: "
                    + IndonesianDates.deadline(c.verificationDueAt(), zone));
            case DISPOSED -> c.followUpDueAt().map(d -> "Batas waktu tindak lanjut: " + IndonesianDates.deadline(d, zone));
            default -> java.util.Optional.empty();
        };
    }

    static String when(Instant at, RegionalTime zone) {
        ZonedDateTime local = at.atZone(zone.zone());
        return WHEN.format(local) + " " + zone.name();
    }

    private static String t(String key) {
        return Translations.get(ID, key);
    }

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
