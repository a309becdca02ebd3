package id.pendopo.ui.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.complaint.Actor;
import id.pendopo.complaint.Channel;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintType;
import id.pendopo.complaint.Location;
import id.pendopo.complaint.MessageVisibility;
import id.pendopo.complaint.NewComplaint;
import id.pendopo.complaint.PrivacyMode;
import id.pendopo.complaint.Reporter;
import id.pendopo.complaint.TrackingId;
import id.pendopo.complaint.TrackingSecret;
import id.pendopo.complaint.Viewer;
import id.pendopo.tenancy.RegionalTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the citizen's tracking page shows whom. */
class TrackingPageTest {

    static final Instant T0 = Instant.parse("2026-11-30T02:00:00Z");
    static final Actor COORDINATOR = new Actor("staff-1", "Siti (Verifikator)");
    static final Actor OFFICER = new Actor("staff-2", "Budi (DPUPR)");
    static final long DPUPR = 12L;

    private final Complaint complaint = Complaint.receive(TrackingId.parse("LKT-26-000123"),
            new NewComplaint(ComplaintType.PENGADUAN, "INFRA", "Jalan rusak <b>parah</b>",
                    "Lubang besar <script>alert(1)</script> di depan SD", new Location("12.05.01", null,
                    "Jl. Sudirman 12", 3.75, 98.5), Channel.API,
                    new Reporter("Andi Saputra", "+6281234567", "andi@example.id"), PrivacyMode.ANONYMOUS),
            TrackingSecret.hash("K7MQ-2XPR-9WTD-4HNC"), Actor.reporter("Andi Saputra"), T0, T0.plus(Duration.ofDays(3)));

    private String page(Viewer viewer, String secret) {
        return page(viewer, secret, null);
    }

    private String page(Viewer viewer, String secret, TrackingPage.Forwarded forwarded) {
        return TrackingPage.render(new TrackingPage.Model("LKT-26-000123", "Kabupaten Langkat",
                RegionalTime.ofProvince("12"), T0.plus(Duration.ofDays(1)), complaint, viewer, null, false,
                Map.of(DPUPR, "Dinas PUPR"), secret, forwarded, TrackingPage.ID));
    }

    private void resolved() {
        complaint.verify(COORDINATOR, T0.plusSeconds(60), "Dicek ke kepala desa, pelapor tetangganya");
        complaint.dispose(Set.of(DPUPR), T0.plus(Duration.ofDays(7)), COORDINATOR, T0.plusSeconds(120), "Prioritas");
        complaint.recordAgencyResponse(DPUPR, "Sudah ditambal & diaspal", OFFICER, T0.plusSeconds(180));
        complaint.resolve(T0.plus(Duration.ofDays(14)), COORDINATOR, T0.plusSeconds(240), null);
    }

    /** A path that is no tracking id is shown as text, never made a link or a form's target. */
    @Test
    void aPathThatIsNoTrackingIdNeverBecomesALink() {
        String html = TrackingPage.render(new TrackingPage.Model("javascript:alert(1)", "Pendopo", null, null, null,
                Viewer.PUBLIC, null, false, Map.of(), null, null, TrackingPage.ID));

        assertThat(html).contains("javascript:alert(1)").doesNotContain("href=\"javascript").doesNotContain("action=\"javascript")
                .doesNotContain("href=\"JAVASCRIPT").doesNotContain("action=\"JAVASCRIPT");
        assertThat(page(Viewer.PUBLIC, null)).contains("action=\"LKT-26-000123\"");
    }

    @Test
    void thePublicReadsAVerifiedReportEscapedWithTheAgencysAnswerButNoStaffNoteOrReporter() {
        resolved();
        complaint.addMessage(MessageVisibility.PUBLIC_REPLY, Actor.reporter(null), "HP saya 0812-3456", T0.plusSeconds(300));
        String html = page(Viewer.PUBLIC, null);

        assertThat(html).contains("data-status=\"RESOLVED\"", "Selesai", "Jalan rusak &lt;b&gt;parah&lt;/b&gt;",
                "Lubang besar &lt;script&gt;alert(1)&lt;/script&gt;", "Dinas PUPR", "Sudah ditambal &amp; diaspal",
                "id=\"secret-form\"");
        assertThat(html).doesNotContain("<script>", "Andi", "kepala desa", "Prioritas", "0812-3456", "+6281234567",
                "rate-form", "reply-form");
    }

    @Test
    void theReporterSeesTheirReportAndMayRateReopenOrWriteWithTheSecretCarriedInTheForms() {
        resolved();
        String html = page(Viewer.REPORTER, "K7MQ-2XPR-9WTD-4HNC\"><x");

        assertThat(html).contains("id=\"rate-form\"", "id=\"reopen-form\"", "id=\"reply-form\"",
                "name=\"secret\" value=\"K7MQ-2XPR-9WTD-4HNC&quot;&gt;&lt;x\"", "Andi Saputra");
        assertThat(html).doesNotContain("id=\"secret-form\"", "kepala desa", "\"><x");
    }

    @Test
    void anUnverifiedReportShowsThePublicNothingOfWhatItSays() {
        String html = page(Viewer.PUBLIC, null);
        assertThat(html).contains("data-status=\"RECEIVED\"", "Batas waktu verifikasi", "id=\"secret-form\"");
        assertThat(html).doesNotContain("Jalan rusak", "Lubang besar", "Jl. Sudirman");
    }

    @Test
    void aForwardedReportPointsTheReporterToItsNewTrackingIdOnceTheOtherRegencyHasIt() {
        complaint.forwardToOtherTenant("medan", COORDINATOR, T0.plusSeconds(60), "Lokasi di Medan");

        assertThat(page(Viewer.REPORTER, "K7MQ-2XPR-9WTD-4HNC", new TrackingPage.Forwarded("Kota Medan", "MDN-26-000042", false)))
                .contains("id=\"forwarded\"", "dilimpahkan ke Kota Medan",
                        "<a id=\"forwarded-as\" href=\"/lacak/MDN-26-000042\">MDN-26-000042</a>", "kode rahasia yang sama");
        assertThat(page(Viewer.REPORTER, "K7MQ-2XPR-9WTD-4HNC", new TrackingPage.Forwarded("Kota Medan", null, false)))
                .contains("dilimpahkan ke Kota Medan; nomor laporannya di sana menyusul").doesNotContain("forwarded-as");
        assertThat(page(Viewer.REPORTER, "K7MQ-2XPR-9WTD-4HNC", new TrackingPage.Forwarded("Kota Medan", null, true)))
                .contains("tidak dapat diserahkan", "sampaikan laporan Anda langsung kepada Kota Medan")
                .doesNotContain("menyusul");
        assertThat(page(Viewer.REPORTER, "K7MQ-2XPR-9WTD-4HNC")).doesNotContain("id=\"forwarded\"");
    }

    @Test
    void nothingToShowReadsTheSameForAnUnknownAndAHiddenReport() {
        String html = TrackingPage.render(new TrackingPage.Model("LKT-26-999999", "Kabupaten Langkat", null, null, null,
                Viewer.PUBLIC, null, false, Map.of(), null, null, null));
        assertThat(html).contains("id=\"not-shown\"", "id=\"secret-form\"").doesNotContain("data-status");
    }

    /** A refused reply (too long, say) comes back in its box, so the reporter corrects it instead of typing it again. */
    @Test
    void aRefusedActsTextComesBackInItsOwnBoxEscaped() {
        String html = TrackingPage.render(new TrackingPage.Model("LKT-26-000123", "Kabupaten Langkat",
                RegionalTime.ofProvince("12"), T0.plus(Duration.ofDays(1)), complaint, Viewer.REPORTER, "Terlalu panjang",
                true, Map.of(DPUPR, "Dinas PUPR"), "K7MQ-2XPR-9WTD-4HNC", null, TrackingPage.ID,
                new TrackingPage.Draft("balas", "\nFoto <b>terlampir</b>\nbaris dua")));

        assertThat(html).contains("<textarea id=\"reply-text\" name=\"text\" required maxlength=\"4000\">\n\n"
                + "Foto &lt;b&gt;terlampir&lt;/b&gt;\nbaris dua</textarea>");
    }

    @Test
    void inEnglishThePageAndItsFormsStayEnglishAndTheLinkLeadsBackToIndonesian() {
        resolved();
        String html = TrackingPage.render(new TrackingPage.Model("LKT-26-000123", "Kabupaten Langkat",
                RegionalTime.ofProvince("12"), T0.plus(Duration.ofDays(15)), complaint, Viewer.REPORTER, null, false,
                Map.of(DPUPR, "Dinas PUPR"), "K7MQ-2XPR-9WTD-4HNC", null, TrackingPage.language("en")));

        assertThat(html).startsWith("<!doctype html><html lang=\"en\">").contains("<h1>Track report ")
                .contains("Status: <strong id=\"status\">").contains("Follow-up by the agencies", "History")
                .contains("Confirm it is resolved and rate it", "<input type=\"hidden\" name=\"lang\" value=\"en\">")
                .contains("<a id=\"language\" lang=\"id\" href=\"LKT-26-000123\">Bahasa Indonesia</a>")
                .containsPattern("\\d{1,2} November 2026, \\d\\d:\\d\\d WIB")
                .doesNotContain("Riwayat", "Kirim penilaian");
        assertThat(page(Viewer.PUBLIC, null)).contains("<html lang=\"id\">", "href=\"LKT-26-000123?lang=en\">English</a>")
                .doesNotContain("name=\"lang\"");
    }

    @Test
    void anEnglishDeadlineAtMidnightIsItsLastDay() {
        RegionalTime wib = RegionalTime.ofProvince("12");
        assertThat(TrackingPage.deadline(Instant.parse("2026-12-04T17:00:00Z"), wib, TrackingPage.EN))
                .isEqualTo("4 December 2026");
        assertThat(TrackingPage.deadline(Instant.parse("2026-12-04T17:00:00Z"), wib, TrackingPage.ID))
                .isEqualTo("4 Desember 2026");
    }
}
