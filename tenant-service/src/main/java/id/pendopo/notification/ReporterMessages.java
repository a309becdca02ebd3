package id.pendopo.notification;

import id.pendopo.complaint.ArchiveReason;
import id.pendopo.complaint.Channel;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintEventType;
import id.pendopo.complaint.ComplaintStatus;
import id.pendopo.complaint.Reporter;
import id.pendopo.complaint.TrackingId;
import id.pendopo.complaint.Viewer;
import id.pendopo.tenancy.RegionalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the reporter reads when their complaint moves on, in Bahasa Indonesia: the tracking id, the new status
 * in words, the next deadline in the regency's zone, and the link to follow it.
 *
 * <p>Only what the reporter may see goes in. Internal notes between staff never do; neither do the notes of the
 * coordinator's and agencies' steps. The three notes the workflow writes <em>for</em> the citizen are included:
 * why verification was deferred, where to go when the matter is not this regency's, and what was missing from
 * an incomplete report.
 */
public final class ReporterMessages {

    private ReporterMessages() {
    }

    /** Whether this change is one the reporter hears of: every change of status, nothing else. */
    public static boolean tellsReporter(ComplaintEventType event, ComplaintStatus statusAfter) {
        return switch (event) {
            case PRIVACY_RAISED, LOCATION_CORRECTED -> false;
            case AGENCY_RESPONDED -> statusAfter == ComplaintStatus.FOLLOWED_UP;
            default -> true;
        };
    }

    public static String statusInWords(ComplaintStatus status) {
        return switch (status) {
            case RECEIVED -> "Diterima";
            case DEFERRED -> "Ditunda";
            case VERIFIED -> "Diverifikasi";
            case NOT_OUR_JURISDICTION -> "Bukan wewenang";
            case ARCHIVED -> "Diarsipkan";
            case DISPOSED -> "Diteruskan ke perangkat daerah";
            case FOLLOWED_UP -> "Telah ditindaklanjuti";
            case RESOLVED -> "Selesai";
            case CLOSED -> "Ditutup";
        };
    }

    /**
     * The email to the reporter about the change {@code event} that {@code c} just went through;
     * {@code listedPublicly} says whether another complaint may be named to them (the original of a duplicate).
     */
    public static Notification email(Complaint c, ComplaintEventType event, String regency, RegionalTime zone,
            NotificationLinks links, Predicate<TrackingId> listedPublicly) {
        String id = c.trackingId().value();
        String name = salutationName(c);
        StringBuilder text = new StringBuilder()
                .append("Yth. ").append(name).append(",\n\n")
                .append(sentence(c, event, listedPublicly)).append("\n\n")
                .append("Nomor pelacakan: ").append(id).append('\n')
                .append("Judul laporan: ").append(c.title()).append('\n')
                .append("Status: ").append(statusInWords(c.status())).append('\n');
        deadline(c, zone).ifPresent(d -> text.append(d).append('\n'));
        citizenNote(c, event).ifPresent(n -> text.append("Keterangan: ").append(n).append('\n'));
        text.append("\nPantau laporan Anda di: ").append(links.tracking(id)).append("\n\n")
                .append("Pesan ini dikirim otomatis oleh layanan pengaduan ").append(regency)
                .append(". Mohon tidak membalas email ini.\n");
        return new Notification("[" + id + "] Status laporan: " + statusInWords(c.status()), text.toString(), id);
    }

    /** The same news, short enough for one or two SMS. */
    public static Notification sms(Complaint c, ComplaintEventType event, String regency, RegionalTime zone,
            NotificationLinks links) {
        String id = c.trackingId().value();
        StringBuilder text = new StringBuilder(regency).append(": laporan ").append(id).append(" ")
                .append(statusInWords(c.status()).toLowerCase(Locale.ROOT)).append('.');
        deadline(c, zone).ifPresent(d -> text.append(' ').append(d).append('.'));
        text.append(" Pantau: ").append(links.tracking(id));
        return new Notification("Laporan " + id, text.toString(), id);
    }

    /** The email that brings the reporter a reply the staff wrote to them, with its text. */
    public static Notification replyEmail(Complaint c, String reply, String regency, NotificationLinks links) {
        String id = c.trackingId().value();
        String name = salutationName(c);
        String text = "Yth. " + name + ",\n\n"
                + "Petugas membalas laporan Anda:\n\n" + reply + "\n\n"
                + "Nomor pelacakan: " + id + "\n"
                + "Judul laporan: " + c.title() + "\n"
                + "Status: " + statusInWords(c.status()) + "\n\n"
                + "Balas atau pantau laporan Anda di: " + links.tracking(id) + "\n\n"
                + "Pesan ini dikirim otomatis oleh layanan pengaduan " + regency
                + ". Mohon tidak membalas email ini; gunakan halaman di atas.\n";
        return new Notification("[" + id + "] Balasan petugas untuk laporan Anda", text, id);
    }

    /** The same, short: that there is a reply, and where to read it. */
    public static Notification replySms(Complaint c, String regency, NotificationLinks links) {
        String id = c.trackingId().value();
        return new Notification("Laporan " + id, regency + ": ada balasan petugas untuk laporan " + id + ". Baca: "
                + links.tracking(id), id);
    }

    /** How an e-mail addresses the reporter: their name as they gave it, else "Pelapor". */
    private static String salutationName(Complaint c) {
        Reporter reporter = c.reporterAsSeenBy(Viewer.REPORTER).orElse(null);
        return reporter == null || reporter.name() == null || reporter.name().isBlank() ? "Pelapor" : reporter.name();
    }

    private static String sentence(Complaint c, ComplaintEventType event, Predicate<TrackingId> listedPublicly) {
        return switch (event) {
            case RECEIVED -> c.channel() == Channel.FORWARDED
                    ? "Laporan Anda dilimpahkan kepada kami oleh pemerintah daerah yang pertama menerimanya, dan akan"
                            + " diverifikasi. Pantau dengan nomor pelacakan baru di bawah ini dan kode rahasia yang sama."
                    : "Laporan Anda telah kami terima dan akan diverifikasi.";
            case DEFERRED -> "Verifikasi laporan Anda ditunda.";
            case VERIFIED -> "Laporan Anda telah diverifikasi dan akan diteruskan ke perangkat daerah (OPD) yang berwenang.";
            case FORWARDED -> "Laporan Anda bukan wewenang kami dan telah diteruskan ke pemerintah daerah yang berwenang.";
            case DECLARED_NOT_OUR_JURISDICTION -> "Laporan Anda bukan wewenang pemerintah daerah kami.";
            case ARCHIVED -> switch (c.archiveReason().orElse(ArchiveReason.SPAM)) {
                case DUPLICATE -> "Laporan Anda diarsipkan karena sama dengan laporan "
                        + c.duplicateOfAsSeenBy(Viewer.REPORTER, listedPublicly).map(Object::toString).orElse("lain")
                        + "; pantau laporan tersebut.";
                case INCOMPLETE -> "Laporan Anda diarsipkan karena informasinya belum cukup untuk ditindaklanjuti.";
                case SPAM -> "Laporan Anda diarsipkan.";
            };
            case DISPOSED -> "Laporan Anda telah diteruskan (disposisi) ke perangkat daerah (OPD) untuk ditindaklanjuti.";
            case AGENCY_RESPONDED -> "Perangkat daerah telah menindaklanjuti laporan Anda.";
            case RESOLVED -> "Laporan Anda dinyatakan selesai. Silakan konfirmasi dan beri penilaian, atau buka kembali"
                    + " bila masalahnya belum selesai.";
            case CLOSED -> "Laporan Anda telah ditutup. Terima kasih atas penilaian Anda.";
            case AUTO_CLOSED -> "Laporan Anda ditutup otomatis karena batas waktu konfirmasi telah lewat.";
            case REOPENED -> "Laporan Anda dibuka kembali dan akan ditindaklanjuti lagi oleh perangkat daerah.";
            case PRIVACY_RAISED -> "Perlindungan identitas Anda pada laporan ini ditingkatkan.";
            case LOCATION_CORRECTED -> "Lokasi laporan Anda diperbaiki oleh petugas.";
        };
    }

    private static Optional<String> deadline(Complaint c, RegionalTime zone) {
        return switch (c.status()) {
            case RECEIVED, DEFERRED -> Optional.of("Batas waktu verifikasi: "
                    + IndonesianDates.deadline(c.verificationDueAt(), zone));
            case VERIFIED -> Optional.of("Batas waktu diteruskan ke perangkat daerah: "
                    + IndonesianDates.deadline(c.verificationDueAt(), zone));
            case DISPOSED -> c.followUpDueAt().map(d -> "Batas waktu tindak lanjut: " + IndonesianDates.deadline(d, zone));
            case RESOLVED -> c.reopenableUntil().map(d -> "Dapat dibuka kembali sampai: "
                    + IndonesianDates.deadline(d, zone));
            default -> Optional.empty();
        };
    }

    /** The status note, only where the workflow wrote it for the citizen. */
    private static Optional<String> citizenNote(Complaint c, ComplaintEventType event) {
        String note = c.statusNote();
        if (note == null || note.isBlank()) {
            return Optional.empty();
        }
        return switch (event) {
            case DEFERRED, DECLARED_NOT_OUR_JURISDICTION -> Optional.of(note);
            case ARCHIVED -> c.archiveReason().filter(r -> r == ArchiveReason.INCOMPLETE)
                    .map(r -> note.startsWith(r.name() + ": ") ? note.substring(r.name().length() + 2) : note);
            default -> Optional.empty();
        };
    }
}
