package id.pendopo.ui.complaint;

import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintCursor;
import id.pendopo.complaint.ComplaintQueries;
import id.pendopo.complaint.Reporter;
import id.pendopo.complaint.Viewer;
import id.pendopo.ui.i18n.Translations;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The inbox's filtered list as a table for a spreadsheet, in the user's language and the regency's time zone.
 * Exports leave the platform, so they carry less than the screen: never the reporter's phone or email, and the
 * reporter's name only for a coordinator and only where {@link Complaint#reporterAsSeenBy} shows it to the
 * public (a PUBLIC reporter, from disposition on, when the privacy can no longer be raised). Rows are written page by page, so a million complaints never sit in memory at once.
 */
public final class ComplaintExport {

    /** Rows read per transaction while writing. */
    public static final int PAGE = 500;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    static final List<String> COLUMNS = List.of("tracking-id", "received", "type", "category", "title",
            "district", "status", "verification-due", "follow-up-due", "overdue", "channel", "privacy", "reporter");

    /** Where rows go: a CSV or an XLSX file. */
    public interface RowWriter extends AutoCloseable {
        void row(List<String> cells) throws IOException;

        @Override
        void close() throws IOException;
    }

    private final StaffUser user;
    private final ZoneId zone;
    private final Locale locale;
    private final Map<String, String> categoryNames;
    private final Map<String, String> districtNames;
    private final Long agencyScope;

    /** {@code agencyScope}: the agency whose officer exports (overdue then means late with that agency's answer), or null. */
    public ComplaintExport(StaffUser user, ZoneId zone, Locale locale, Map<String, String> categoryNames,
            Map<String, String> districtNames, Long agencyScope) {
        this.agencyScope = agencyScope;
        this.user = user;
        this.zone = zone;
        this.locale = locale;
        this.categoryNames = categoryNames;
        this.districtNames = districtNames;
    }

    public List<String> header() {
        return COLUMNS.stream().map(c -> Translations.get(locale, "export.column." + c)).toList();
    }

    public List<String> row(Complaint c, Instant now) {
        // A file leaves the console and is passed on: it names only reporters who chose to be public (PUBLIC mode),
        // and only in a coordinator's or admin's export; an anonymous reporter stays visible in the console alone.
        String reporter = user.coordinator() || user.admin()
                ? c.reporterAsSeenBy(Viewer.PUBLIC).map(Reporter::name).orElse("") : "";
        boolean overdue = c.isOverdueFor(agencyScope, now);
        return List.of(c.trackingId().value(), when(c.receivedAt()), t("complaint.type." + c.type().name()),
                categoryNames.getOrDefault(c.categoryCode(), c.categoryCode()), c.title(),
                districtNames.getOrDefault(c.location().districtCode(), c.location().districtCode()),
                t("complaint.status." + c.status().name()), deadline(c.verificationDueAt()),
                c.followUpDueAt().map(this::deadline).orElse(""), t(overdue ? "common.yes" : "common.no"),
                t("complaint.channel." + c.channel().name()), t("complaint.privacy." + c.privacyMode().name()),
                reporter == null ? "" : reporter);
    }

    /**
     * Writes the header and every complaint the pages give, in their order (the inbox's); {@code pages} reads the page after a
     * cursor (null for the first) in a transaction of its own. The caller closes {@code out}. A page that fails to
     * load ends the file with a row saying it is incomplete before the failure goes on: the download has already
     * begun, and a file cut short would otherwise look whole.
     */
    public void write(RowWriter out, Function<ComplaintCursor, ComplaintQueries.Slice> pages, Instant now)
            throws IOException {
        out.row(header());
        ComplaintCursor cursor = null;
        int written = 0;
        do {
            ComplaintQueries.Slice slice;
            try {
                slice = pages.apply(cursor);
            } catch (RuntimeException failed) {
                out.row(List.of(Translations.get(locale, "export.incomplete", written)));
                throw failed;
            }
            for (Complaint c : slice.items()) {
                out.row(row(c, now));
                written++;
            }
            Optional<ComplaintCursor> next = slice.next();
            cursor = next.orElse(null);
        } while (cursor != null);
    }

    private String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant.atZone(zone));
    }

    /** A deadline as the console and the e-mails show it: one that ends at local midnight is 23:59 of its last day. */
    private String deadline(Instant instant) {
        var local = instant.atZone(zone);
        return WHEN.format(local.toLocalTime().equals(LocalTime.MIDNIGHT) ? local.minusMinutes(1) : local);
    }

    private String t(String key) {
        return Translations.get(locale, key);
    }
}
