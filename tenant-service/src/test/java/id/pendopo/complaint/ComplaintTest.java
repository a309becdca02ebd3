package id.pendopo.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.shared.ConflictException;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.ValidationException;
import id.pendopo.shared.Validation;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** The rules of a complaint's life, without a database. */
class ComplaintTest {

    static final Instant T0 = Instant.parse("2026-11-30T02:00:00Z");
    static final Actor COORDINATOR = new Actor("staff-1", "Siti (Verifikator)");
    static final Actor OFFICER = new Actor("staff-2", "Budi (Dinkes)");
    static final Actor CITIZEN = Actor.reporter("Andi");
    static final String SECRET = "K7MQ-2XPR-9WTD-4HNC";
    static final TrackingSecret HASHED = TrackingSecret.hash(SECRET);
    static final long DINKES = 11L;
    static final long DPUPR = 12L;

    private final Complaint complaint = received(PrivacyMode.ANONYMOUS);

    static Complaint received(PrivacyMode mode) {
        return Complaint.receive(TrackingId.parse("LKT-26-000123"), report(mode, "Jalan berlubang di depan puskesmas"),
                HASHED, CITIZEN, T0, T0.plus(days(3)));
    }

    static NewComplaint report(PrivacyMode mode, String description) {
        return new NewComplaint(ComplaintType.PENGADUAN, "INFRA", "Jalan rusak", description,
                new Location("12.05.01", "12.05.01.2001", "Jl. Sudirman 1", 3.75, 98.5), Channel.WEB,
                new Reporter("Andi", "+6281234567", "andi@example.id"), mode);
    }

    static Duration days(int n) {
        return Duration.ofDays(n);
    }

    private static Instant t(int hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    private void disposeToDinkesAndDpupr() {
        complaint.verify(COORDINATOR, t(1), null);
        complaint.dispose(Set.of(DINKES, DPUPR), t(1).plus(days(10)), COORDINATOR, t(2), "segera");
    }

    private void resolveWithWindowUntil(Instant reopenableUntil) {
        disposeToDinkesAndDpupr();
        complaint.recordAgencyResponse(DINKES, "Sudah ditambal", OFFICER, t(3));
        complaint.recordAgencyResponse(DPUPR, "Diperiksa", OFFICER, t(4));
        complaint.resolve(reopenableUntil, COORDINATOR, t(5), null);
    }

    // ---- receipt ---------------------------------------------------------------------------------------

    @Test
    void aNewComplaintIsReceivedAnonymousByDefaultWithTheReceiptInItsTimeline() {
        Complaint c = Complaint.receive(TrackingId.parse("LKT-26-000124"), report(null, "x"), HASHED, CITIZEN, T0,
                T0.plus(days(3)));
        assertThat(c.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(c.privacyMode()).isEqualTo(PrivacyMode.ANONYMOUS);
        assertThat(c.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(ComplaintEventType.RECEIVED);
            assertThat(e.actor()).isEqualTo(CITIZEN);
            assertThat(e.occurredAt()).isEqualTo(T0);
        });
    }

    @Test
    void descriptionLongerThan4000CharactersIsRefused() {
        Complaint.receive(TrackingId.parse("LKT-26-000001"), report(null, "a".repeat(4000)), HASHED, CITIZEN, T0, t(72));
        assertThatThrownBy(() -> Complaint.receive(TrackingId.parse("LKT-26-000002"), report(null, "a".repeat(4001)),
                HASHED, CITIZEN, T0, t(72)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(ValidationException.FieldError::field)
                        .containsExactly("description"));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnceIncludingCoordinatesOutOfRange() {
        NewComplaint bad = new NewComplaint(ComplaintType.ASPIRASI, "", "t".repeat(201), "ok",
                new Location("12.05.01", null, null, 91.0, 181.0), Channel.SMS, new Reporter(null, null, "not-an-email"),
                PrivacyMode.PUBLIC);
        assertThatThrownBy(() -> Complaint.receive(TrackingId.parse("LKT-26-000003"), bad, HASHED, CITIZEN, T0, t(72)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("categoryCode", "title", "location.latitude", "location.longitude",
                                "reporter.email"));
    }

    @Test
    void anEmailAddressIsOneAddressNeverAListOrANamedOne() {
        for (String list : List.of("rina@example.id,root", "rina@example.id;x@y.id", "Rina <rina@example.id>", "\"a\"@b.id")) {
            Validation v = new Validation();
            new Reporter("Rina", null, list).validate(v);
            assertThat(v.hasErrors()).as(list).isTrue();
        }
        Validation ok = new Validation();
        new Reporter("Rina", null, "rina.pelapor+lapor@example.co.id").validate(ok);
        assertThat(ok.hasErrors()).isFalse();
    }

    @Test
    void onlyTheRightSecretLetsTheCitizenIn() {
        assertThat(complaint.verifySecret(SECRET)).isTrue();
        assertThat(complaint.verifySecret("k7mq2xpr9wtd4hnc")).as("case and dashes are forgiven").isTrue();
        assertThat(complaint.verifySecret("K7MQ-2XPR-9WTD-4HND")).isFalse();
        assertThat(complaint.verifySecret(null)).isFalse();
        assertThat(HASHED.encoded()).doesNotContain(SECRET).startsWith("sha256$");
        assertThat(TrackingSecret.hash(SECRET).encoded()).as("salted").isNotEqualTo(HASHED.encoded());
    }

    // ---- verification ----------------------------------------------------------------------------------

    @Test
    void aDeferredComplaintCanLaterBeVerified() {
        complaint.defer("Menunggu foto dari pelapor", COORDINATOR, t(1));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.DEFERRED);
        assertThat(complaint.statusNote()).isEqualTo("Menunggu foto dari pelapor");
        complaint.verify(COORDINATOR, t(2), "foto diterima");
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.VERIFIED);
        assertThat(complaint.events()).extracting(ComplaintEvent::type).containsExactly(
                ComplaintEventType.RECEIVED, ComplaintEventType.DEFERRED, ComplaintEventType.VERIFIED);
    }

    @Test
    void deferringNeedsAReason() {
        assertThatThrownBy(() -> complaint.defer(" ", COORDINATOR, t(1))).isInstanceOf(ValidationException.class);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.RECEIVED);
    }

    @Test
    void aComplaintForAnotherRegencyIsForwardedToItsTenant() {
        complaint.forwardToOtherTenant("medan", COORDINATOR, t(1), null);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.NOT_OUR_JURISDICTION);
        assertThat(complaint.forwardedToTenant()).contains("medan");
        assertThat(complaint.allowedActions(t(2))).isEmpty();
    }

    @Test
    void aComplaintNoTenantIsResponsibleForIsClosedWithANote() {
        assertThatThrownBy(() -> complaint.declareNotOurJurisdiction("", COORDINATOR, t(1)))
                .isInstanceOf(ValidationException.class);
        complaint.declareNotOurJurisdiction("Wewenang pemerintah provinsi", COORDINATOR, t(1));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.NOT_OUR_JURISDICTION);
        assertThat(complaint.forwardedToTenant()).isEmpty();
    }

    @Test
    void aDuplicateIsArchivedWithALinkToTheOriginal() {
        complaint.archiveAsDuplicate(TrackingId.parse("LKT-26-000100"), COORDINATOR, t(1), null);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.ARCHIVED);
        assertThat(complaint.archiveReason()).contains(ArchiveReason.DUPLICATE);
        assertThat(complaint.duplicateOf()).contains(TrackingId.parse("LKT-26-000100"));
    }

    @Test
    void aComplaintCannotBeADuplicateOfItself() {
        assertThatThrownBy(() -> complaint.archiveAsDuplicate(complaint.trackingId(), COORDINATOR, t(1), null))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aSpamReportCannotBeDisposed() {
        complaint.archiveAsSpam(COORDINATOR, t(1), null);
        assertThat(complaint.archiveReason()).contains(ArchiveReason.SPAM);
        assertIllegal(() -> complaint.dispose(Set.of(DINKES), t(100), COORDINATOR, t(2), null));
        assertIllegal(() -> complaint.verify(COORDINATOR, t(2), null));
    }

    @Test
    void anIncompleteReportIsArchivedWithWhatWasMissing() {
        complaint.defer("Lokasi tidak jelas", COORDINATOR, t(1));
        complaint.archiveAsIncomplete("Pelapor tidak melengkapi lokasi", COORDINATOR, t(2));
        assertThat(complaint.archiveReason()).contains(ArchiveReason.INCOMPLETE);
        assertThat(complaint.isPublic()).isFalse();
    }

    @Test
    void anUnverifiedComplaintCannotBeDisposedAndAVerifiedOneCannotBeDeferred() {
        assertIllegal(() -> complaint.dispose(Set.of(DINKES), t(100), COORDINATOR, t(1), null));
        complaint.verify(COORDINATOR, t(1), null);
        assertIllegal(() -> complaint.defer("later", COORDINATOR, t(2)));
        assertIllegal(() -> complaint.archiveAsSpam(COORDINATOR, t(2), null));
        assertIllegal(() -> complaint.verify(COORDINATOR, t(2), null));
    }

    // ---- privacy ---------------------------------------------------------------------------------------

    @Test
    void privacyCanBeRaisedDuringVerificationButNeverLowered() {
        complaint.raisePrivacy(PrivacyMode.CONFIDENTIAL, COORDINATOR, t(1), "menyebut atasan pelapor");
        assertThat(complaint.privacyMode()).isEqualTo(PrivacyMode.CONFIDENTIAL);
        assertThat(complaint.events()).extracting(ComplaintEvent::type).contains(ComplaintEventType.PRIVACY_RAISED);
        for (PrivacyMode lower : new PrivacyMode[] {PrivacyMode.ANONYMOUS, PrivacyMode.PUBLIC, PrivacyMode.CONFIDENTIAL}) {
            assertThatThrownBy(() -> complaint.raisePrivacy(lower, COORDINATOR, t(2), null))
                    .isInstanceOf(ConflictException.class)
                    .extracting(e -> ((DomainException) e).type()).isEqualTo(Complaint.PRIVACY_CANNOT_BE_LOWERED);
        }
        assertThat(complaint.privacyMode()).isEqualTo(PrivacyMode.CONFIDENTIAL);
    }

    @Test
    void raisingPrivacyWithoutSayingToWhatIsAMissingFieldNotALowering() {
        assertThatThrownBy(() -> complaint.raisePrivacy(null, COORDINATOR, t(1), null))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).singleElement()
                        .satisfies(f -> assertThat(f.field() + " " + f.code()).isEqualTo("privacyMode required")));
        assertThat(complaint.privacyMode()).isEqualTo(PrivacyMode.ANONYMOUS);
    }

    @Test
    void privacyCanNoLongerBeRaisedOnceDisposed() {
        Complaint publicOne = received(PrivacyMode.PUBLIC);
        publicOne.verify(COORDINATOR, t(1), null);
        publicOne.raisePrivacy(PrivacyMode.ANONYMOUS, COORDINATOR, t(1), null);
        publicOne.dispose(Set.of(DINKES), t(100), COORDINATOR, t(2), null);
        assertIllegal(() -> publicOne.raisePrivacy(PrivacyMode.CONFIDENTIAL, COORDINATOR, t(3), null));
    }

    @Test
    void theReporterIsHiddenFromThePublicInAnonymousMode() {
        complaint.verify(COORDINATOR, t(1), null);
        assertThat(complaint.isPublic()).isTrue();
        assertThat(complaint.reporterVisibleTo(Viewer.PUBLIC)).isFalse();
        assertThat(complaint.reporterVisibleTo(Viewer.AGENCY_OFFICER)).isFalse();
        assertThat(complaint.reporterVisibleTo(Viewer.COORDINATOR)).isTrue();
        assertThat(complaint.reporterVisibleTo(Viewer.REPORTER)).isTrue();
        assertThat(complaint.reporterAsSeenBy(Viewer.PUBLIC)).isEmpty();
        assertThat(complaint.reporterAsSeenBy(Viewer.COORDINATOR)).get().extracting(Reporter::phone).isEqualTo("+6281234567");
    }

    @Test
    void aConfidentialReportIsNotPublic() {
        Complaint secret = received(PrivacyMode.CONFIDENTIAL);
        secret.verify(COORDINATOR, t(1), null);
        assertThat(secret.isPublic()).isFalse();
        assertThat(secret.reporterVisibleTo(Viewer.PUBLIC)).isFalse();
        assertThat(secret.reporterVisibleTo(Viewer.AGENCY_OFFICER)).isFalse();
        assertThat(secret.reporterVisibleTo(Viewer.COORDINATOR)).isTrue();
    }

    @Test
    void aPublicReportShowsTheReportersNameToEveryoneButTheirContactOnlyToStaffAndThemselves() {
        Complaint open = received(PrivacyMode.PUBLIC);
        open.verify(COORDINATOR, t(1), null);
        open.dispose(Set.of(DINKES), t(100), COORDINATOR, t(2), null);
        assertThat(open.isPublic()).isTrue();
        assertThat(open.reporterAsSeenBy(Viewer.PUBLIC)).get().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Andi");
            assertThat(r.phone()).isNull();
            assertThat(r.email()).isNull();
        });
        assertThat(open.reporterAsSeenBy(Viewer.AGENCY_OFFICER)).get().extracting(Reporter::email)
                .isEqualTo("andi@example.id");
    }

    @Test
    void noReportIsPublicBeforeItIsVerified() {
        Complaint open = received(PrivacyMode.PUBLIC);
        assertThat(open.isPublic()).isFalse();
        open.archiveAsSpam(COORDINATOR, t(1), null);
        assertThat(open.isPublic()).isFalse();
    }

    // ---- disposition, follow-up, resolution, closing ---------------------------------------------------

    @Test
    void aComplaintIsFollowedUpOnlyWhenEveryDisposedAgencyHasResponded() {
        disposeToDinkesAndDpupr();
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.DISPOSED);
        assertThat(complaint.dispositions()).extracting(Disposition::agencyId).containsExactlyInAnyOrder(DINKES, DPUPR);
        complaint.recordAgencyResponse(DINKES, "Sudah ditambal", OFFICER, t(3));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.DISPOSED);
        complaint.recordAgencyResponse(DPUPR, "Dijadwalkan pengaspalan", OFFICER, t(4));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.FOLLOWED_UP);
    }

    @Test
    void eachAgencyRespondsOnceAndOnlyAnAgencyItWasSentTo() {
        disposeToDinkesAndDpupr();
        complaint.recordAgencyResponse(DINKES, "Sudah ditambal", OFFICER, t(3));
        assertThatThrownBy(() -> complaint.recordAgencyResponse(DINKES, "lagi", OFFICER, t(4)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((DomainException) e).type()).isEqualTo("agency-already-responded");
        assertThatThrownBy(() -> complaint.recordAgencyResponse(99L, "bukan kami", OFFICER, t(4)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((DomainException) e).type()).isEqualTo("agency-not-disposed");
    }

    @Test
    void disposingNeedsAtLeastOneAgency() {
        complaint.verify(COORDINATOR, t(1), null);
        assertThatThrownBy(() -> complaint.dispose(Set.of(), t(100), COORDINATOR, t(2), null))
                .isInstanceOf(ValidationException.class);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.VERIFIED);
    }

    @Test
    void aComplaintIsResolvedOnlyAfterFollowUp() {
        disposeToDinkesAndDpupr();
        assertIllegal(() -> complaint.resolve(t(200), COORDINATOR, t(3), null));
    }

    @Test
    void theCitizenConfirmsAndRatesAResolvedComplaint() {
        resolveWithWindowUntil(t(200));
        complaint.confirmAndClose(5, CITIZEN, t(6), "Terima kasih");
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.rating()).contains(5);
        assertThat(complaint.closedAt()).contains(t(6));
        assertThat(complaint.events()).extracting(ComplaintEvent::type).containsExactly(
                ComplaintEventType.RECEIVED, ComplaintEventType.VERIFIED, ComplaintEventType.DISPOSED,
                ComplaintEventType.AGENCY_RESPONDED, ComplaintEventType.AGENCY_RESPONDED, ComplaintEventType.RESOLVED,
                ComplaintEventType.CLOSED);
        assertThat(complaint.events()).extracting(ComplaintEvent::statusAfter).containsExactly(
                ComplaintStatus.RECEIVED, ComplaintStatus.VERIFIED, ComplaintStatus.DISPOSED, ComplaintStatus.DISPOSED,
                ComplaintStatus.FOLLOWED_UP, ComplaintStatus.RESOLVED, ComplaintStatus.CLOSED);
        assertThat(complaint.allowedActions(t(7))).isEmpty();
    }

    @Test
    void ratingMustBeOneToFive() {
        resolveWithWindowUntil(t(200));
        assertThatThrownBy(() -> complaint.confirmAndClose(0, CITIZEN, t(6), null)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> complaint.confirmAndClose(6, CITIZEN, t(6), null)).isInstanceOf(ValidationException.class);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.RESOLVED);
        complaint.confirmAndClose(1, CITIZEN, t(6), null);
        assertThat(complaint.rating()).contains(1);
    }

    @Test
    void reopeningIsOnlyPossibleWithinTheWindow() {
        Instant windowEnds = t(5).plus(days(5));
        resolveWithWindowUntil(windowEnds);
        assertIllegal(() -> complaint.reopen("Masih berlubang", windowEnds.plus(days(10)), CITIZEN, windowEnds));
        complaint.reopen("Masih berlubang", windowEnds.plus(days(10)), CITIZEN, windowEnds.minusSeconds(1));
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.DISPOSED);
        assertThat(complaint.reopenCount()).isEqualTo(1);
        assertThat(complaint.dispositions()).noneMatch(Disposition::hasResponded);
        assertThat(complaint.followUpDueAt()).contains(windowEnds.plus(days(10)));
        assertThat(complaint.events()).last().extracting(ComplaintEvent::type).isEqualTo(ComplaintEventType.REOPENED);
    }

    @Test
    void aResolvedComplaintClosesAutomaticallyOnlyWhenTheWindowHasEnded() {
        Instant windowEnds = t(5).plus(days(5));
        resolveWithWindowUntil(windowEnds);
        assertThat(complaint.allowedActions(windowEnds.minusSeconds(1)))
                .containsExactlyInAnyOrder(ComplaintAction.CONFIRM_AND_CLOSE, ComplaintAction.REOPEN);
        assertIllegal(() -> complaint.autoClose(windowEnds.minusSeconds(1)));
        assertThat(complaint.allowedActions(windowEnds))
                .containsExactlyInAnyOrder(ComplaintAction.CONFIRM_AND_CLOSE, ComplaintAction.AUTO_CLOSE);
        complaint.autoClose(windowEnds);
        assertThat(complaint.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(complaint.rating()).isEmpty();
        assertThat(complaint.events()).last().satisfies(e -> assertThat(e.actor()).isEqualTo(Actor.SYSTEM));
    }

    @Test
    void aClosedComplaintCannotBeReopened() {
        resolveWithWindowUntil(t(200));
        complaint.confirmAndClose(4, CITIZEN, t(6), null);
        assertIllegal(() -> complaint.reopen("lagi", t(300), CITIZEN, t(7)));
    }

    @Test
    void thePublicOpensPhotosOfAPublishedReportButAPdfOnlyWhenTheReporterIsPublicToo() {
        List<AttachmentPolicy.Accepted> files = List.of(
                new AttachmentPolicy.Accepted("foto.jpg", "image/jpeg", new byte[] {1}),
                new AttachmentPolicy.Accepted("surat.pdf", "application/pdf", new byte[] {2}));
        for (PrivacyMode mode : PrivacyMode.values()) {
            Complaint c = received(mode);
            c.attach(files, t(0));
            Attachment photo = c.attachments().get(0);
            Attachment pdf = c.attachments().get(1);
            assertThat(c.attachmentVisibleTo(photo, Viewer.PUBLIC)).as(mode + ", unverified").isFalse();
            c.verify(COORDINATOR, t(1), null);
            boolean published = mode != PrivacyMode.CONFIDENTIAL;
            assertThat(c.attachmentVisibleTo(photo, Viewer.PUBLIC)).as(mode.name()).isEqualTo(published);
            assertThat(c.attachmentVisibleTo(pdf, Viewer.PUBLIC)).as(mode.name()).isEqualTo(mode == PrivacyMode.PUBLIC);
            assertThat(c.attachmentVisibleTo(pdf, Viewer.REPORTER)).as(mode.name()).isTrue();
            assertThat(c.attachmentVisibleTo(pdf, Viewer.COORDINATOR)).as(mode.name()).isTrue();
            assertThat(c.attachmentVisibleTo(photo, Viewer.AGENCY_OFFICER)).as(mode.name()).isTrue();
            assertThat(c.attachmentVisibleTo(pdf, Viewer.AGENCY_OFFICER)).as("an agency sees the reporter only when "
                    + "public: " + mode).isEqualTo(mode == PrivacyMode.PUBLIC);
        }
    }

    @Test
    void aFileKeepsItsNameOnlyForThoseWhoMaySeeTheReporter() {
        Complaint c = received(PrivacyMode.ANONYMOUS);
        c.attach(List.of(new AttachmentPolicy.Accepted("KTP_Budi.jpg", "image/jpeg", new byte[] {1}),
                new AttachmentPolicy.Accepted("surat Budi.pdf", "application/pdf", new byte[] {2})), t(0));
        c.verify(COORDINATOR, t(1), null);
        Attachment photo = c.attachments().get(0);

        assertThat(c.attachmentNameFor(photo, 0, Viewer.COORDINATOR)).isEqualTo("KTP_Budi.jpg");
        assertThat(c.attachmentNameFor(photo, 0, Viewer.REPORTER)).isEqualTo("KTP_Budi.jpg");
        assertThat(c.attachmentNameFor(photo, 0, Viewer.AGENCY_OFFICER)).isEqualTo("lampiran-1.jpg");
        assertThat(c.attachmentNameFor(c.attachments().get(1), 1, Viewer.PUBLIC)).isEqualTo("lampiran-2.pdf");
        c.raisePrivacy(PrivacyMode.CONFIDENTIAL, COORDINATOR, t(2), null);
        assertThat(c.attachmentNameFor(photo, 0, Viewer.AGENCY_OFFICER)).isEqualTo("lampiran-1.jpg");
    }

    @Test
    void theAllowedActionsFollowTheStatus() {
        assertThat(complaint.allowedActions(t(0))).containsExactlyInAnyOrder(ComplaintAction.VERIFY, ComplaintAction.DEFER,
                ComplaintAction.DECLARE_NOT_OUR_JURISDICTION, ComplaintAction.ARCHIVE, ComplaintAction.RAISE_PRIVACY,
                ComplaintAction.CORRECT_LOCATION);
        complaint.verify(COORDINATOR, t(1), null);
        assertThat(complaint.allowedActions(t(1))).containsExactlyInAnyOrder(ComplaintAction.DISPOSE,
                ComplaintAction.RAISE_PRIVACY, ComplaintAction.CORRECT_LOCATION);
        complaint.dispose(Set.of(DINKES), t(100), COORDINATOR, t(2), null);
        assertThat(complaint.allowedActions(t(2))).containsExactly(ComplaintAction.RECORD_AGENCY_RESPONSE);
        complaint.recordAgencyResponse(DINKES, "ok", OFFICER, t(3));
        assertThat(complaint.allowedActions(t(3))).containsExactly(ComplaintAction.RESOLVE);
    }

    // ---- SLA -------------------------------------------------------------------------------------------

    @Test
    void theCoordinatorsDeadlineRunsUntilTheComplaintIsSentToAgenciesNotOnlyUntilItIsVerified() {
        Instant due = complaint.verificationDueAt();
        assertThat(complaint.isVerificationOverdue(due)).isFalse();
        assertThat(complaint.isVerificationOverdue(due.plusSeconds(1))).isTrue();
        complaint.defer("menunggu", COORDINATOR, t(1));
        assertThat(complaint.isVerificationOverdue(due.plusSeconds(1))).as("deferring does not stop the clock").isTrue();
        complaint.verify(COORDINATOR, t(2), null);
        assertThat(complaint.isVerificationOverdue(due.plusSeconds(1))).as("verified, not yet sent to an agency").isTrue();
        assertThat(complaint.currentDue()).contains(due);
        complaint.dispose(java.util.Set.of(7L), due.plus(java.time.Duration.ofDays(7)), COORDINATOR, t(3), null);
        assertThat(complaint.isVerificationOverdue(due.plusSeconds(1))).isFalse();
    }

    @Test
    void theDeadlineToEscalateIsTheRunningOneAndEndsWithIt() {
        Instant verification = complaint.verificationDueAt();
        assertThat(complaint.escalateAfter()).contains(verification);
        complaint.defer("menunggu", COORDINATOR, t(1));
        complaint.verify(COORDINATOR, t(2), null);
        assertThat(complaint.escalateAfter()).as("the same deadline in another status").contains(verification);

        complaint.dispose(Set.of(DINKES), t(2).plus(days(7)), COORDINATOR, t(3), null);
        assertThat(complaint.escalateAfter()).contains(t(2).plus(days(7)));

        complaint.recordAgencyResponse(DINKES, "Sudah ditambal", OFFICER, t(4));
        complaint.resolve(t(5).plus(days(14)), COORDINATOR, t(5), null);
        assertThat(complaint.escalateAfter()).as("nothing is due once resolved").isEmpty();
    }

    @Test
    void followUpIsOverdueWhileSomeAgencyHasNotRespondedAfterTheDueDate() {
        disposeToDinkesAndDpupr();
        Instant due = complaint.followUpDueAt().orElseThrow();
        assertThat(complaint.isFollowUpOverdue(due)).isFalse();
        assertThat(complaint.isFollowUpOverdue(due.plusSeconds(1))).isTrue();
        complaint.recordAgencyResponse(DINKES, "ok", OFFICER, t(3));
        assertThat(complaint.isFollowUpOverdue(due.plusSeconds(1))).isTrue();
        complaint.recordAgencyResponse(DPUPR, "ok", OFFICER, t(4));
        assertThat(complaint.isFollowUpOverdue(due.plusSeconds(1))).isFalse();
    }

    @Test
    void anAgencyThatAnsweredIsNotOverdueWhenAnotherIsLate() {
        disposeToDinkesAndDpupr();
        Instant late = complaint.followUpDueAt().orElseThrow().plusSeconds(1);
        complaint.recordAgencyResponse(DINKES, "Sudah ditambal", OFFICER, t(3));
        assertThat(complaint.isOverdueFor(null, late)).as("the coordinator's view").isTrue();
        assertThat(complaint.isOverdueFor(DPUPR, late)).isTrue();
        assertThat(complaint.isOverdueFor(DINKES, late)).as("answered in time").isFalse();
        assertThat(complaint.isOverdueFor(DINKES, t(3))).isFalse();
    }

    // ---- conversation ----------------------------------------------------------------------------------

    @Test
    void publicRepliesAndInternalNotesAreKeptApart() {
        complaint.addMessage(MessageVisibility.PUBLIC_REPLY, COORDINATOR, "Laporan sedang kami periksa", t(1));
        complaint.addMessage(MessageVisibility.INTERNAL_NOTE, COORDINATOR, "Lokasi dekat proyek DPUPR", t(2));
        complaint.addMessage(MessageVisibility.PUBLIC_REPLY, CITIZEN, "Terima kasih", t(3));
        assertThat(complaint.publicReplies()).extracting(ComplaintMessage::body)
                .containsExactly("Laporan sedang kami periksa", "Terima kasih");
        assertThat(complaint.internalNotes()).extracting(ComplaintMessage::body)
                .containsExactly("Lokasi dekat proyek DPUPR");
        assertThatThrownBy(() -> complaint.addMessage(MessageVisibility.PUBLIC_REPLY, CITIZEN, "x".repeat(4001), t(4)))
                .isInstanceOf(ValidationException.class);
    }

    // ---- what the public reads -------------------------------------------------------------------------

    @Test
    void thePublicReadsNothingAReportSaysUntilItIsVerifiedNorOnceItIsConfidential() {
        assertThat(complaint.contentVisibleTo(Viewer.PUBLIC)).isFalse();
        assertThat(complaint.contentVisibleTo(Viewer.REPORTER)).isTrue();
        assertThat(complaint.contentVisibleTo(Viewer.AGENCY_OFFICER)).isTrue();
        complaint.verify(COORDINATOR, t(1), "Lokasi jelas");
        assertThat(complaint.contentVisibleTo(Viewer.PUBLIC)).isTrue();
        complaint.raisePrivacy(PrivacyMode.CONFIDENTIAL, COORDINATOR, t(2), "menyebut nama tetangga");
        assertThat(complaint.contentVisibleTo(Viewer.PUBLIC)).isFalse();
        assertThat(complaint.contentVisibleTo(Viewer.REPORTER)).isTrue();
    }

    @Test
    void statusNotesReachCitizensOnlyWhenWrittenForThem() {
        Complaint open = received(PrivacyMode.PUBLIC);
        open.defer("Mohon kirim foto lokasi", COORDINATOR, t(1));
        assertThat(open.statusNoteAsSeenBy(Viewer.REPORTER)).contains("Mohon kirim foto lokasi");
        assertThat(open.statusNoteAsSeenBy(Viewer.PUBLIC)).as("not public before verification").isEmpty();
        open.verify(COORDINATOR, t(2), "Dicek ke kepala desa, pelapor tetangganya");
        assertThat(open.statusNoteAsSeenBy(Viewer.COORDINATOR)).contains("Dicek ke kepala desa, pelapor tetangganya");
        assertThat(open.statusNoteAsSeenBy(Viewer.REPORTER)).isEmpty();
        assertThat(open.statusNoteAsSeenBy(Viewer.PUBLIC)).isEmpty();
        open.dispose(Set.of(DINKES), t(100), COORDINATOR, t(3), "Prioritas, kepala dinas sudah tahu");
        assertThat(open.statusNoteAsSeenBy(Viewer.PUBLIC)).isEmpty();
        open.recordAgencyResponse(DINKES, "Sudah ditambal", OFFICER, t(4));
        open.resolve(t(200), COORDINATOR, t(5), "Jalan sudah diaspal ulang");
        assertThat(open.statusNoteAsSeenBy(Viewer.PUBLIC)).contains("Jalan sudah diaspal ulang");
    }

    @Test
    void thePublicReadsOnlyTheRepliesStaffWroteToAReporterWhoChoseToBeKnown() {
        Complaint open = received(PrivacyMode.PUBLIC);
        open.addMessage(MessageVisibility.PUBLIC_REPLY, COORDINATOR, "Laporan sedang kami periksa", t(1));
        assertThat(open.messagesSeenBy(Viewer.PUBLIC)).isEmpty();
        open.verify(COORDINATOR, t(1), null);
        assertThat(open.messagesSeenBy(Viewer.PUBLIC)).as("privacy may still be raised").isEmpty();
        open.dispose(Set.of(DINKES), t(100), COORDINATOR, t(2), null);
        open.addMessage(MessageVisibility.PUBLIC_REPLY, CITIZEN, "Rumah saya nomor 12, saya Andi", t(2));
        open.addMessage(MessageVisibility.INTERNAL_NOTE, COORDINATOR, "Pelapor kerabat kepala desa", t(3));
        assertThat(open.messagesSeenBy(Viewer.PUBLIC)).extracting(ComplaintMessage::body)
                .containsExactly("Laporan sedang kami periksa");
        assertThat(open.messagesSeenBy(Viewer.REPORTER)).extracting(ComplaintMessage::body)
                .containsExactly("Laporan sedang kami periksa", "Rumah saya nomor 12, saya Andi");
        assertThat(open.messagesSeenBy(Viewer.COORDINATOR)).hasSize(3);
    }

    /** Staff see the name and write to the reporter by it; published, the reply would name an anonymous reporter. */
    @Test
    void staffRepliesToAnAnonymousReporterAreNeverPublished() {
        complaint.addMessage(MessageVisibility.PUBLIC_REPLY, COORDINATOR, "Yth. Bapak Andi, mohon kirim foto", t(1));
        complaint.verify(COORDINATOR, t(2), null);
        assertThat(complaint.isPublic()).isTrue();

        assertThat(complaint.messagesSeenBy(Viewer.PUBLIC)).isEmpty();
        assertThat(complaint.messagesSeenBy(Viewer.REPORTER)).extracting(ComplaintMessage::body)
                .containsExactly("Yth. Bapak Andi, mohon kirim foto");
    }

    /**
     * An anonymous reporter is known to the coordinator only: the agency, which may be the reporter's employer, reads
     * neither the replies written to them by name nor what they wrote themselves; staff's internal notes it does.
     */
    @Test
    void anAgencyOfficerReadsTheConversationWithTheReporterOnlyWhenItMaySeeTheReporter() {
        complaint.addMessage(MessageVisibility.PUBLIC_REPLY, COORDINATOR, "Yth. Bapak Andi, mohon kirim foto", t(1));
        complaint.addMessage(MessageVisibility.PUBLIC_REPLY, CITIZEN, "Saya Andi, guru di SD 3", t(1));
        complaint.addMessage(MessageVisibility.INTERNAL_NOTE, COORDINATOR, "Lokasi di depan SD 3", t(1));
        complaint.verify(COORDINATOR, t(2), null);
        complaint.dispose(Set.of(DINKES), t(100), COORDINATOR, t(3), null);

        assertThat(complaint.messagesSeenBy(Viewer.AGENCY_OFFICER)).extracting(ComplaintMessage::body)
                .containsExactly("Lokasi di depan SD 3");
        assertThat(complaint.messagesSeenBy(Viewer.COORDINATOR)).hasSize(3);

        Complaint known = received(PrivacyMode.PUBLIC);
        known.addMessage(MessageVisibility.PUBLIC_REPLY, COORDINATOR, "Yth. Ibu Rina", t(1));
        assertThat(known.messagesSeenBy(Viewer.AGENCY_OFFICER)).hasSize(1);
    }

    /** Until disposition a coordinator may still raise the privacy; a name handed out cannot be taken back. */
    @Test
    void aPublicReportersNameIsPublishedOnlyOnceThePrivacyIsSettled() {
        Complaint open = received(PrivacyMode.PUBLIC);
        assertThat(open.reporterAsSeenBy(Viewer.PUBLIC)).isEmpty();
        assertThat(open.reporterAsSeenBy(Viewer.AGENCY_OFFICER)).isPresent();
        open.verify(COORDINATOR, t(1), null);
        assertThat(open.isPublic()).isTrue();
        assertThat(open.reporterAsSeenBy(Viewer.PUBLIC)).as("verified, privacy may still be raised").isEmpty();
        open.dispose(Set.of(DINKES), t(100), COORDINATOR, t(2), null);
        assertThat(open.reporterAsSeenBy(Viewer.PUBLIC)).get().extracting(Reporter::name).isEqualTo("Andi");
    }

    /** Why the privacy was raised usually says who the reporter is, and the agency may be the reporter's employer. */
    @Test
    void agencyOfficersDoNotReadWhyThePrivacyWasRaised() {
        complaint.raisePrivacy(PrivacyMode.CONFIDENTIAL, COORDINATOR, t(1), "Pelapor pegawai Dinkes");
        ComplaintEvent raised = complaint.events().get(complaint.events().size() - 1);
        assertThat(raised.type()).isEqualTo(ComplaintEventType.PRIVACY_RAISED);

        assertThat(raised.noteAsSeenBy(Viewer.AGENCY_OFFICER)).isEmpty();
        assertThat(raised.noteAsSeenBy(Viewer.COORDINATOR)).contains("ANONYMOUS → CONFIDENTIAL: Pelapor pegawai Dinkes");
    }

    @Test
    void thePublicTimelineShowsOnlyNotesWrittenForCitizensAndNeverTheReportersOwnWords() {
        Complaint open = received(PrivacyMode.PUBLIC);
        open.verify(COORDINATOR, t(1), "Lokasi jelas");
        open.raisePrivacy(PrivacyMode.ANONYMOUS, COORDINATOR, t(2), "Andi minta namanya disembunyikan");
        open.dispose(Set.of(DINKES), t(100), COORDINATOR, t(3), "Segera ditangani");
        open.recordAgencyResponse(DINKES, "Sudah ditambal", OFFICER, t(4));
        open.resolve(t(200), COORDINATOR, t(5), "Selesai");
        open.reopen("Masih berlubang di depan rumah saya", t(300), CITIZEN, t(6));

        assertThat(open.events()).extracting(e -> e.noteAsSeenBy(Viewer.PUBLIC).orElse(null)).containsExactly(
                null, null, null, null, "Sudah ditambal", "Selesai", null);
        assertThat(open.events()).extracting(e -> e.noteAsSeenBy(Viewer.REPORTER).orElse(null)).containsExactly(
                null, null, null, null, "Sudah ditambal", "Selesai", "Masih berlubang di depan rumah saya");
        assertThat(open.events()).extracting(e -> e.noteAsSeenBy(Viewer.COORDINATOR).orElse(null)).contains(
                "PUBLIC → ANONYMOUS: Andi minta namanya disembunyikan", "Masih berlubang di depan rumah saya");
        assertThat(open.statusNoteAsSeenBy(Viewer.PUBLIC)).isEmpty();
        assertThat(open.statusNoteAsSeenBy(Viewer.COORDINATOR)).isEmpty();
    }

    @Test
    void aDuplicatesReporterIsPointedToTheOriginalOnlyWhileItIsListedPublicly() {
        TrackingId original = TrackingId.parse("LKT-26-000100");
        complaint.archiveAsDuplicate(original, COORDINATOR, t(1), null);
        assertThat(complaint.duplicateOfAsSeenBy(Viewer.REPORTER, id -> true)).contains(original);
        assertThat(complaint.duplicateOfAsSeenBy(Viewer.REPORTER, id -> false)).isEmpty();
        assertThat(complaint.duplicateOfAsSeenBy(Viewer.PUBLIC, id -> false)).isEmpty();
        assertThat(complaint.duplicateOfAsSeenBy(Viewer.COORDINATOR, id -> false)).contains(original);
    }

    @Test
    void theReporterIsNamedInTheTimelineOnlyToWhoMaySeeThem() {
        assertThat(CITIZEN.displayNameFor(false)).isEqualTo("Pelapor");
        assertThat(CITIZEN.displayNameFor(true)).isEqualTo("Andi");
        assertThat(COORDINATOR.displayNameFor(false)).isEqualTo("Siti (Verifikator)");
    }

    static void assertIllegal(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(ConflictException.class)
                .extracting(e -> ((DomainException) e).type()).isEqualTo(Complaint.ILLEGAL_TRANSITION);
    }
}
