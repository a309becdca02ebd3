package id.pendopo.ui.complaint;

import static id.pendopo.ui.complaint.Complaints.AT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.complaint.Actor;
import id.pendopo.complaint.Channel;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintCursor;
import id.pendopo.complaint.ComplaintQueries;
import id.pendopo.complaint.ComplaintType;
import id.pendopo.complaint.Location;
import id.pendopo.complaint.NewComplaint;
import id.pendopo.complaint.PrivacyMode;
import id.pendopo.complaint.TrackingId;
import id.pendopo.complaint.TrackingSecret;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class ComplaintExportTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Locale ID = Locale.forLanguageTag("id");

    private static ComplaintExport export(StaffUser user) {
        return new ComplaintExport(user, WIB, ID, Map.of("INFRASTRUKTUR", "Infrastruktur"), Map.of("12.05.01", "Bahorok"),
                null);
    }

    @Test
    void aDeadlineAtLocalMidnightReadsAsTheLastMinuteOfItsDayAsInTheConsole() {
        NewComplaint report = new NewComplaint(ComplaintType.PENGADUAN, "INFRASTRUKTUR", "Jalan rusak", "Lubang besar",
                new Location("12.05.01", null, null, null, null), Channel.PHONE, null, PrivacyMode.ANONYMOUS);
        Complaint c = Complaint.receive(TrackingId.parse("LKT-26-000009"), report, TrackingSecret.hash("K7MQ-2XPR-9WTD-4HNC"),
                Actor.SYSTEM, AT, Instant.parse("2026-12-04T17:00:00Z")); // 5 December 00:00 WIB: the end of the 4th
        assertThat(export(Complaints.coordinator()).row(c, AT)).contains("2026-12-04 23:59").doesNotContain("2026-12-05 00:00");
    }

    @Test
    void aRowIsInTheRegencysZoneAndLanguage() {
        List<String> row = export(Complaints.coordinator()).row(Complaints.received("LKT-26-000001", PrivacyMode.PUBLIC), AT);
        assertThat(row).containsSubsequence("LKT-26-000001", "2026-12-01 09:00", "Pengaduan", "Infrastruktur");
        assertThat(row).contains("Bahorok", "Diterima", "Telepon", "Publik", "Tidak");
        assertThat(export(Complaints.coordinator()).header()).hasSameSizeAs(row).first().isEqualTo("Nomor pelacakan");
    }

    @Test
    void exportsNeverCarryPhoneOrEmailAndTheNameOnlyForCoordinatorsOfPublicReports() {
        for (PrivacyMode mode : PrivacyMode.values()) {
            Complaint c = Complaints.received("LKT-26-000001", mode);
            List<String> coordinator = export(Complaints.coordinator()).row(c, AT);
            List<String> admin = export(Complaints.admin()).row(c, AT);
            List<String> officer = export(Complaints.officer("DPUPR")).row(c, AT);
            for (List<String> row : List.of(coordinator, admin, officer)) {
                assertThat(String.join("|", row)).as(mode.name()).doesNotContain("0812000111", "rina@example.id");
            }
            // A file leaves the console and cannot be taken back: before disposition a coordinator may still raise
            // the privacy, so even a PUBLIC reporter is not named yet.
            assertThat(coordinator).as(mode.name()).last().isEqualTo("");
            assertThat(admin).as(mode.name()).last().isEqualTo("");
            assertThat(String.join("|", officer)).as(mode.name()).doesNotContain("Rina");

            c.verify(Complaints.COORDINATOR, AT, null);
            c.dispose(java.util.Set.of(7L), AT.plusSeconds(86_400 * 7), Complaints.COORDINATOR, AT, null);
            // From disposition on, it names only reporters who chose to be public.
            String name = mode == PrivacyMode.PUBLIC ? "Rina" : "";
            assertThat(export(Complaints.coordinator()).row(c, AT)).as(mode.name()).last().isEqualTo(name);
            assertThat(export(Complaints.admin()).row(c, AT)).as(mode.name()).last().isEqualTo(name);
            assertThat(String.join("|", export(Complaints.officer("DPUPR")).row(c, AT))).as(mode.name()).doesNotContain("Rina");
        }
    }

    /** Overdue in an agency's export is late with that agency's own answer, as its inbox shows it. */
    @Test
    void anAgencysExportMarksOverdueOnlyWhatThatAgencyHasNotAnswered() {
        long answered = 7;
        long late = 8;
        Complaint c = Complaints.received("LKT-26-000003", PrivacyMode.ANONYMOUS);
        c.verify(Complaints.COORDINATOR, AT.plusSeconds(60), null);
        Instant followUpDue = AT.plus(java.time.Duration.ofDays(7));
        c.dispose(java.util.Set.of(answered, late), followUpDue, Complaints.COORDINATOR, AT.plusSeconds(120), null);
        c.recordAgencyResponse(answered, "Sudah ditambal.", Complaints.COORDINATOR, AT.plusSeconds(180));
        Instant afterDeadline = followUpDue.plus(java.time.Duration.ofDays(1));
        int overdueColumn = ComplaintExport.COLUMNS.indexOf("overdue");

        ComplaintExport byAnswered = new ComplaintExport(Complaints.officer("DPUPR"), WIB, ID, Map.of(), Map.of(), answered);
        ComplaintExport byLate = new ComplaintExport(Complaints.officer("DLH"), WIB, ID, Map.of(), Map.of(), late);

        assertThat(byAnswered.row(c, afterDeadline).get(overdueColumn)).isEqualTo("Tidak");
        assertThat(byLate.row(c, afterDeadline).get(overdueColumn)).isEqualTo("Ya");
        assertThat(export(Complaints.coordinator()).row(c, afterDeadline).get(overdueColumn)).as("the coordinator's")
                .isEqualTo("Ya");
        assertThat(byLate.row(c, followUpDue.minusSeconds(1)).get(overdueColumn)).isEqualTo("Tidak");
    }

    @Test
    void theExportReadsPageAfterPageUntilTheLast() throws IOException {
        List<Complaint> all = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            all.add(Complaints.received("LKT-26-00000" + i, PrivacyMode.ANONYMOUS));
        }
        List<ComplaintCursor> asked = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRows rows = new CsvRows(out)) {
            export(Complaints.coordinator()).write(rows, cursor -> {
                asked.add(cursor);
                int from = asked.size() - 1;
                boolean last = from == 2;
                List<Complaint> page = last ? all.subList(4, 5) : all.subList(from * 2, from * 2 + 2);
                return new ComplaintQueries.Slice(page, last ? Optional.empty() : Optional.of(new ComplaintCursor(AT, from)));
            }, AT);
        }

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(asked).hasSize(3).first().isNull();
        assertThat(csv).startsWith("\uFEFFNomor pelacakan,").contains("LKT-26-000005");
        assertThat(csv.split("\r\n")).hasSize(6);
        assertThat(csv).as("formula and comma are neutralised").contains("\"'=HYPERLINK(\"\"x\"\") Jalan, rusak\"");
    }

    @Test
    void aPageThatFailsToLoadEndsTheFileWithARowSayingItIsIncomplete() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Complaint> first = List.of(Complaints.received("LKT-26-000001", PrivacyMode.ANONYMOUS));
        assertThatThrownBy(() -> {
            try (CsvRows rows = new CsvRows(out)) {
                export(Complaints.coordinator()).write(rows, cursor -> {
                    if (cursor != null) {
                        throw new IllegalStateException("lock wait timeout");
                    }
                    return new ComplaintQueries.Slice(first, Optional.of(new ComplaintCursor(AT, 1)));
                }, AT);
            }
        }).hasMessage("lock wait timeout");

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).startsWith("EKSPOR TIDAK LENGKAP").contains("1 baris");
    }

    @Test
    void anXlsxExportClosedByItsCallerIsOneReadableWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxRows rows = new XlsxRows(out, "Pengaduan")) {
            export(Complaints.coordinator()).write(rows, cursor -> new ComplaintQueries.Slice(
                    List.of(Complaints.received("LKT-26-000001", PrivacyMode.ANONYMOUS)), Optional.empty()), AT);
            rows.close();
        }
        String sheet = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(sheet).contains("LKT-26-000001").endsWith("</sheetData></worksheet>");
    }

    @Test
    void theXlsxIsAWorkbookWithOneSheetOfTextCells() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxRows rows = new XlsxRows(out, "Pengaduan")) {
            rows.row(List.of("Nomor", "Judul <&>"));
            rows.row(List.of("LKT-26-000001", "Jalan\u0001 rusak"));
        }
        List<String> names = new ArrayList<>();
        String sheet = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                names.add(e.getName());
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(names).contains("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                "xl/worksheets/sheet1.xml");
        assertThat(sheet).contains("<c r=\"B1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">Judul &lt;&amp;&gt;</t>")
                .contains("<row r=\"2\">").contains("Jalan rusak").endsWith("</sheetData></worksheet>");
        assertThat(XlsxRows.column(0)).isEqualTo("A");
        assertThat(XlsxRows.column(26)).isEqualTo("AA");
    }
}
