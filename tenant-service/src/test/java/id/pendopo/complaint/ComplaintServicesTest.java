package id.pendopo.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.shared.ConflictException;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.testing.ComplaintWorld;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Intake, the staff desk and the citizen's tracking, on the migrated schema with two tenants. */
class ComplaintServicesTest {

    static final Actor COORDINATOR = new Actor("u-1", "Siti Verifikator");
    static final Actor OFFICER = new Actor("u-2", "Budi DPUPR");

    private ComplaintWorld world;

    @BeforeEach
    void world() throws Exception {
        world = new ComplaintWorld();
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    private ComplaintIntake.Receipt submit() {
        return world.intake.submit(ComplaintWorld.pothole("12.05.01", "12.05.01.2002"), List.of(), Actor.SYSTEM);
    }

    @Test
    void aReportGetsTheNextTrackingIdASecretAndItsVerificationDeadline() {
        var first = submit();
        var second = submit();

        assertThat(first.trackingId().value()).isEqualTo("LKT-26-000001");
        assertThat(second.trackingId().value()).isEqualTo("LKT-26-000002");
        assertThat(first.trackingSecret()).matches("[2-9A-Z]{4}(-[2-9A-Z]{4}){3}");
        // Received Tuesday 1 Dec 09:00 WIB; three working days end with Friday 4 Dec, i.e. Saturday 00:00 WIB.
        assertThat(first.verificationDueAt()).isEqualTo(Instant.parse("2026-12-04T17:00:00Z"));
        Complaint stored = world.inTx(() -> world.complaints.require(first.trackingId()));
        assertThat(stored.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(stored.verifySecret(first.trackingSecret())).isTrue();
        assertThat(world.changes).extracting(ComplaintChanged::event)
                .containsExactly(ComplaintEventType.RECEIVED, ComplaintEventType.RECEIVED);
    }

    @Test
    void attachmentsAreStoredCleanedWithTheComplaint() {
        var receipt = world.intake.submit(ComplaintWorld.pothole("12.05.01", null),
                List.of(new Upload("IMG.jpg", AttachmentPolicyTest.jpegWithExif()), new Upload("surat.pdf", AttachmentPolicyTest.PDF)),
                Actor.SYSTEM);

        List<Attachment> files = world.inTx(() -> world.complaints.require(receipt.trackingId()).attachments());
        assertThat(files).extracting(Attachment::mediaType).containsExactly("image/jpeg", "application/pdf");
        assertThat(world.inTx(() -> new String(world.complaints.require(receipt.trackingId()).attachments().get(0).content(),
                StandardCharsets.ISO_8859_1))).doesNotContain("GPS");
        assertThat(files.get(1).sha256()).hasSize(64);
    }

    @Test
    void everyProblemOfABadReportIsNamedAndNothingIsStoredOrNumbered() {
        NewComplaint wrong = new NewComplaint(ComplaintType.PENGADUAN, "NO-SUCH", "Judul", "Isi",
                new Location("12.71.01", null, null, null, null), Channel.API, null, null);
        assertThatThrownBy(() -> world.intake.submit(wrong, List.of(), Actor.SYSTEM))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("categoryCode", "location.districtCode"));

        NewComplaint villageElsewhere = ComplaintWorld.pothole("12.05.01", "12.05.02.2001");
        assertThatThrownBy(() -> world.intake.submit(villageElsewhere, List.of(), Actor.SYSTEM))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field).containsExactly("location.villageCode"));

        byte[] script = "<?php system($_GET['c']);".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> world.intake.submit(ComplaintWorld.pothole("12.05.01", null), List.of(new Upload("foto.jpg", script)),
                Actor.SYSTEM)).isInstanceOf(ValidationException.class);

        NewComplaint tooLong = new NewComplaint(ComplaintType.PENGADUAN, "INFRASTRUKTUR", "Judul", "x".repeat(4001),
                new Location("12.05.01", null, null, null, null), Channel.API, null, null);
        assertThatThrownBy(() -> world.intake.submit(tooLong, List.of(), Actor.SYSTEM)).isInstanceOf(ValidationException.class);

        assertThat(world.inTx(() -> world.queries.count(ComplaintFilter.ALL))).isZero();
        assertThat(submit().trackingId().value()).isEqualTo("LKT-26-000001");
    }

    @Test
    void anotherTenantsCategoriesAndComplaintsAreOutOfReach() {
        var receipt = submit();
        try (TenantContext.Scope s = TenantContext.enter(world.medan)) {
            assertThat(world.inTx(() -> world.complaints.findByTrackingId(receipt.trackingId()))).isEmpty();
            assertThatThrownBy(() -> world.inTx(() -> world.desk.verify(receipt.trackingId(), COORDINATOR, null)))
                    .isInstanceOf(NotFoundException.class);
            // Medan's own numbering is separate.
            var medan = world.intake.submit(new NewComplaint(ComplaintType.ASPIRASI, "LAINNYA", "Taman kota",
                    "Mohon taman ditambah.", new Location("12.71.01", null, null, null, null), Channel.WEB, null, null),
                    List.of(), Actor.SYSTEM);
            assertThat(medan.trackingId().value()).isEqualTo("MDN-26-000001");
        }
    }

    @Test
    void aComplaintIsForwardedOnlyToAnotherActiveRegencyOfThePlatform() {
        var id = submit().trackingId();
        assertThatThrownBy(() -> world.inTx(() -> world.desk.forwardToOtherTenant(id, "atlantis", COORDINATOR, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not an active regency on this platform: 'atlantis'");
        assertThatThrownBy(() -> world.inTx(() -> world.desk.forwardToOtherTenant(id, "langkat", COORDINATOR, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("this regency itself");
        assertThatThrownBy(() -> world.inTx(() -> world.desk.forwardToOtherTenant(id, null, COORDINATOR, null)))
                .as("none picked").isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(f -> assertThat(f.field() + " " + f.code()).isEqualTo("tenantSlug required")));
        assertThat(world.inTx(() -> world.complaints.require(id).status())).isEqualTo(ComplaintStatus.RECEIVED);

        Complaint forwarded = world.inTx(() -> world.desk.forwardToOtherTenant(id, "medan", COORDINATOR, "Lokasi di Medan"));
        assertThat(forwarded.status()).isEqualTo(ComplaintStatus.NOT_OUR_JURISDICTION);
        assertThat(forwarded.forwardedToTenant()).contains("medan");
    }

    @Test
    void theLocationIsCorrectedWithinTheRegencyUntilTheComplaintIsDisposed() {
        var id = submit().trackingId();

        assertThatThrownBy(() -> world.inTx(() -> world.desk.relocate(id, new Location("12.05.01", "12.05.02.2001",
                null, null, null), COORDINATOR, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("location.villageCode");
        Complaint moved = world.inTx(() -> world.desk.relocate(id, new Location("12.05.02", "12.05.02.2001",
                "Jl. Baru 1", null, null), COORDINATOR, null));
        assertThat(moved.location().villageCode()).isEqualTo("12.05.02.2001");
        assertThat(moved.location().address()).isEqualTo("Jl. Baru 1");
        assertThat(moved.events().get(moved.events().size() - 1).note())
                .isEqualTo("Bahorok, Lau Damak → Salapian, Minta Kasih");
        assertThat(world.changes).extracting(ComplaintChanged::event).contains(ComplaintEventType.LOCATION_CORRECTED);
        // The map point is a pair: half of one is refused, a whole one replaces it; a blank address removes it.
        assertThatThrownBy(() -> world.inTx(() -> world.desk.relocate(id, new Location("12.05.02", null, null, 3.6, null),
                COORDINATOR, null))).isInstanceOf(ValidationException.class).hasMessageContaining("together");
        Complaint pointed = world.inTx(() -> world.desk.relocate(id, new Location("12.05.02", null, " ", 3.61, 98.41),
                COORDINATOR, "x".repeat(Complaint.MAX_NOTE)));
        assertThat(pointed.location().latitude()).isEqualTo(3.61);
        assertThat(pointed.location().longitude()).isEqualTo(98.41);
        assertThat(pointed.location().address()).isNull();
        assertThat(pointed.events().get(pointed.events().size() - 1).note()).as("cut, not refused")
                .hasSize(Complaint.MAX_NOTE).startsWith("Salapian, Minta Kasih → Salapian: xxx");

        world.inTx(() -> world.desk.verify(id, COORDINATOR, null));
        long dpupr = world.agencyId("DPUPR");
        world.inTx(() -> world.desk.dispose(id, Set.of(dpupr), COORDINATOR, null));
        assertThatThrownBy(() -> world.inTx(() -> world.desk.relocate(id, new Location("12.05.01", null, null, null, null),
                COORDINATOR, null))).isInstanceOf(ConflictException.class);
    }

    @Test
    void aWrongSecretIsRefusedButForAConfidentialComplaintItIsNotFoundAsIfThereWereNone() {
        var receipt = submit();
        var id = receipt.trackingId();
        assertThatThrownBy(() -> world.inTx(() -> world.tracking.forReporter(id, "AAAA-BBBB-CCCC-DDDD")))
                .isInstanceOf(InvalidTrackingSecretException.class);

        world.inTx(() -> world.desk.raisePrivacy(id, PrivacyMode.CONFIDENTIAL, COORDINATOR, "menyebut atasan"));
        assertThatThrownBy(() -> world.inTx(() -> world.tracking.forReporter(id, "AAAA-BBBB-CCCC-DDDD")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.inTx(() -> world.tracking.reply(id, "AAAA-BBBB-CCCC-DDDD", "halo")))
                .isInstanceOf(NotFoundException.class);
        assertThat(world.inTx(() -> world.tracking.forReporter(id, receipt.trackingSecret()).status()))
                .as("the reporter still sees it").isEqualTo(ComplaintStatus.RECEIVED);
    }

    @Test
    void aComplaintTravelsFromReceiptThroughAnAgencyToTheCitizensRating() {
        var receipt = submit();
        var id = receipt.trackingId();
        long dpupr = world.agencyId("DPUPR");

        // Not public before verification; the reporter sees it with the secret.
        assertThatThrownBy(() -> world.inTx(() -> world.tracking.forPublic(id))).isInstanceOf(NotFoundException.class);
        assertThat(world.inTx(() -> world.tracking.forReporter(id, receipt.trackingSecret()).status()))
                .isEqualTo(ComplaintStatus.RECEIVED);

        world.clock.advance(Duration.ofHours(2));
        world.inTx(() -> world.desk.verify(id, COORDINATOR, "Lokasi jelas"));
        assertThat(world.inTx(() -> world.tracking.forPublic(id).status())).isEqualTo(ComplaintStatus.VERIFIED);

        Complaint disposed = world.inTx(() -> world.desk.dispose(id, Set.of(dpupr), COORDINATOR, "Mohon ditinjau"));
        // Disposed Tuesday 11:00 WIB: five working days end with Tuesday 8 Dec.
        assertThat(disposed.followUpDueAt()).contains(Instant.parse("2026-12-08T17:00:00Z"));

        long dlh = world.agencyId("DLH");
        assertThatThrownBy(() -> world.inTx(() -> world.desk.respond(id, dlh, "Bukan kami", OFFICER)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("was not sent to agency");
        // An agency writes notes only on what was sent to it; anything else is not found, as in its inbox.
        assertThatThrownBy(() -> world.inTx(() -> world.desk.note(id, dlh, OFFICER, "Bukan urusan kami")))
                .isInstanceOf(NotFoundException.class);
        world.inTx(() -> world.desk.note(id, dpupr, OFFICER, "Tim berangkat besok"));
        world.clock.advance(Duration.ofDays(1));
        world.inTx(() -> world.desk.respond(id, dpupr, "Lubang sudah ditambal.", OFFICER));
        world.inTx(() -> world.desk.reply(id, COORDINATOR, "Terima kasih, sudah ditangani."));
        world.inTx(() -> world.desk.note(id, COORDINATOR, "Foto sesudah ada di berkas DPUPR"));
        Complaint resolved = world.inTx(() -> world.desk.resolve(id, COORDINATOR, null));
        assertThat(resolved.reopenableUntil()).isPresent();

        assertThatThrownBy(() -> world.inTx(() -> world.tracking.confirmAndRate(id, "AAAA-BBBB-CCCC", 5, null)))
                .isInstanceOf(InvalidTrackingSecretException.class);
        world.inTx(() -> world.tracking.reply(id, receipt.trackingSecret(), "Sudah saya cek, terima kasih"));
        Complaint closed = world.inTx(() -> world.tracking.confirmAndRate(id, receipt.trackingSecret(), 4, "Cepat"));

        assertThat(closed.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(closed.rating()).contains(4);
        assertThat(world.inTx(() -> world.complaints.require(id).publicReplies()))
                .extracting(ComplaintMessage::body).containsExactly("Terima kasih, sudah ditangani.", "Sudah saya cek, terima kasih");
        assertThat(world.changes).extracting(ComplaintChanged::event).containsExactly(ComplaintEventType.RECEIVED,
                ComplaintEventType.VERIFIED, ComplaintEventType.DISPOSED, ComplaintEventType.AGENCY_RESPONDED,
                ComplaintEventType.RESOLVED, ComplaintEventType.CLOSED);
    }

    /** Once closed, archived or handed elsewhere, nobody here reads the reporter's words: they are refused, not lost. */
    @Test
    void theReporterCannotReplyToAComplaintNobodyHandlesAnyMore() {
        var archived = submit();
        world.inTx(() -> world.desk.archiveAsIncomplete(archived.trackingId(), COORDINATOR, "Tanpa lokasi"));

        assertThatThrownBy(() -> world.inTx(() -> world.tracking.reply(archived.trackingId(), archived.trackingSecret(),
                "Ini lokasinya")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("no longer handled");
        assertThat(world.inTx(() -> world.complaints.require(archived.trackingId()).publicReplies())).isEmpty();
        assertThat(world.inTx(() -> world.complaints.require(archived.trackingId()).acceptsReporterReplies())).isFalse();
        assertThatThrownBy(() -> world.inTx(() -> world.desk.reply(archived.trackingId(), COORDINATOR, "Sudah lengkap?")))
                .as("nor can staff start a conversation the reporter cannot answer").isInstanceOf(ConflictException.class);
        world.inTx(() -> world.desk.note(archived.trackingId(), COORDINATOR, "Diarsipkan setelah telepon"));

        var running = submit();
        world.inTx(() -> world.tracking.reply(running.trackingId(), running.trackingSecret(), "Tambahan: dekat sekolah"));
        assertThat(world.inTx(() -> world.complaints.require(running.trackingId()).publicReplies())).hasSize(1);
    }

    @Test
    void disposingToAnUnknownOrInactiveAgencyIsRefused() {
        var id = submit().trackingId();
        world.inTx(() -> world.desk.verify(id, COORDINATOR, null));
        world.inTx(() -> {
            world.agencies.findByCode("DLH").orElseThrow().deactivate();
            return null;
        });
        long dlh = world.agencyId("DLH");
        assertThatThrownBy(() -> world.inTx(() -> world.desk.dispose(id, Set.of(dlh), COORDINATOR, null)))
                .isInstanceOf(ValidationException.class).hasMessageContaining("not an active agency");
        assertThatThrownBy(() -> world.inTx(() -> world.desk.dispose(id, Set.of(99_999L), COORDINATOR, null)))
                .isInstanceOf(ValidationException.class);
        assertThat(world.inTx(() -> world.complaints.require(id).status())).isEqualTo(ComplaintStatus.VERIFIED);
    }

    @Test
    void aDuplicateMustPointAtAnotherComplaintOfTheSameRegency() {
        var original = submit().trackingId();
        var copy = submit().trackingId();
        assertThatThrownBy(() -> world.inTx(() -> world.desk.archiveAsDuplicate(copy, TrackingId.parse("MDN-26-000001"),
                COORDINATOR, null))).isInstanceOf(ValidationException.class);
        Complaint archived = world.inTx(() -> world.desk.archiveAsDuplicate(copy, original, COORDINATOR, null));
        assertThat(archived.duplicateOf()).contains(original);
    }

    @Test
    void theSweepClosesResolvedComplaintsOnceTheReopenWindowIsOver() {
        var id = submit().trackingId();
        long dpupr = world.agencyId("DPUPR");
        world.inTx(() -> world.desk.verify(id, COORDINATOR, null));
        world.inTx(() -> world.desk.dispose(id, Set.of(dpupr), COORDINATOR, null));
        world.inTx(() -> world.desk.respond(id, dpupr, "Selesai", OFFICER));
        Instant until = world.inTx(() -> world.desk.resolve(id, COORDINATOR, null).reopenableUntil().orElseThrow());

        world.clock.set(until.minusSeconds(1));
        assertThatThrownBy(() -> world.inTx(() -> world.desk.autoClose(id))).isInstanceOf(ConflictException.class);
        world.clock.set(until);
        assertThat(world.inTx(() -> world.desk.autoClose(id).status())).isEqualTo(ComplaintStatus.CLOSED);
    }
}
