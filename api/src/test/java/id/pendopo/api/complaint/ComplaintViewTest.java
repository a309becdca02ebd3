package id.pendopo.api.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.complaint.Actor;
import id.pendopo.complaint.AttachmentPolicy;
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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each caller of the API reads of one complaint. */
class ComplaintViewTest {

    static final Instant T0 = Instant.parse("2026-11-30T02:00:00Z");
    static final Actor COORDINATOR = new Actor("staff-1", "Siti (Verifikator)");
    static final Actor CITIZEN = Actor.reporter("Andi Saputra");

    private final Complaint complaint = Complaint.receive(TrackingId.parse("LKT-26-000123"),
            new NewComplaint(ComplaintType.PENGADUAN, "INFRA", "Jalan rusak depan rumah Andi",
                    "Saya Andi, rumah nomor 12; jalan berlubang", new Location("12.05.01", "12.05.01.2001",
                    "Jl. Sudirman 12", 3.75, 98.5), Channel.API,
                    new Reporter("Andi Saputra", "+6281234567", "andi@example.id"), PrivacyMode.ANONYMOUS),
            TrackingSecret.hash("K7MQ-2XPR-9WTD-4HNC"), CITIZEN, T0, T0.plus(Duration.ofDays(3)));

    private ComplaintView as(Viewer viewer) {
        return ComplaintView.of(complaint, viewer, T0.plusSeconds(7200), Map.of(), "/files", Set.of(), original -> false,
                ComplaintView.Forwarding.NONE);
    }

    @Test
    void theFilesKeepTheirPositionsAndThePublicGetsNoPdfOfAnAnonymousReport() {
        complaint.attach(List.of(new AttachmentPolicy.Accepted("surat.pdf", "application/pdf", new byte[] {1}),
                new AttachmentPolicy.Accepted("foto.jpg", "image/jpeg", new byte[] {2})), T0);
        complaint.verify(COORDINATOR, T0.plusSeconds(60), null);

        assertThat(as(Viewer.PUBLIC).attachments()).extracting(ComplaintView.AttachmentView::url)
                .containsExactly("/files/1");
        assertThat(as(Viewer.REPORTER).attachments()).extracting(ComplaintView.AttachmentView::url)
                .containsExactly("/files/0", "/files/1");
    }

    @Test
    void anApiClientReadsAnUnverifiedReportAsOpen311ListsIt() {
        ComplaintView seen = as(Viewer.PUBLIC);
        assertThat(seen.title()).isNull();
        assertThat(seen.description()).isNull();
        assertThat(seen.location().address()).isNull();
        assertThat(seen.location().latitude()).isNull();
        assertThat(seen.location().districtCode()).isEqualTo("12.05.01");
        assertThat(seen.status()).isEqualTo("RECEIVED");
        assertThat(seen.reporter()).isNull();
        assertThat(seen.timeline()).extracting(ComplaintView.EventView::actor).containsExactly("Pelapor");

        ComplaintView coordinator = as(Viewer.COORDINATOR);
        assertThat(coordinator.description()).startsWith("Saya Andi");
        assertThat(coordinator.timeline()).extracting(ComplaintView.EventView::actor).containsExactly("Andi Saputra");
        assertThat(as(Viewer.REPORTER).location().address()).isEqualTo("Jl. Sudirman 12");
    }

    @Test
    void onceVerifiedThePublicReadsTheReportButNotTheConversationWithAnAnonymousReporter() {
        complaint.verify(COORDINATOR, T0.plusSeconds(60), "Lokasi jelas");
        complaint.addMessage(MessageVisibility.PUBLIC_REPLY, COORDINATOR, "Segera kami tangani", T0.plusSeconds(120));
        complaint.addMessage(MessageVisibility.PUBLIC_REPLY, CITIZEN, "Nomor HP saya 0812-3456", T0.plusSeconds(180));
        complaint.addMessage(MessageVisibility.INTERNAL_NOTE, COORDINATOR, "Catatan internal", T0.plusSeconds(240));

        ComplaintView seen = as(Viewer.PUBLIC);
        assertThat(seen.title()).isEqualTo("Jalan rusak depan rumah Andi");
        assertThat(seen.statusNote()).as("a note of the staff's own step").isNull();
        assertThat(as(Viewer.COORDINATOR).statusNote()).isEqualTo("Lokasi jelas");
        assertThat(seen.messages()).as("staff write to the reporter by name").isEmpty();
        assertThat(as(Viewer.REPORTER).messages()).extracting(ComplaintView.MessageView::author)
                .containsExactly("Siti (Verifikator)", "Andi Saputra");
        assertThat(as(Viewer.COORDINATOR).messages()).hasSize(3);
    }

    @Test
    void aConfidentialReportShowsNothingItSaysToThePublic() {
        complaint.verify(COORDINATOR, T0.plusSeconds(60), "Lokasi jelas");
        complaint.raisePrivacy(PrivacyMode.CONFIDENTIAL, COORDINATOR, T0.plusSeconds(90), "Menyebut nama tetangga");
        ComplaintView seen = as(Viewer.PUBLIC);
        assertThat(seen.title()).isNull();
        assertThat(seen.statusNote()).isNull();
        assertThat(seen.timeline()).extracting(ComplaintView.EventView::note).containsOnlyNulls();
        assertThat(seen.attachments()).isEmpty();
    }
}
