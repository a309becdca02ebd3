package id.pendopo.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantRepository;
import id.pendopo.testing.ComplaintWorld;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pelimpahan: a complaint Langkat forwards becomes Medan's own, once, with the reporter's secret. */
class ComplaintHandoffsTest {

    static final Actor COORDINATOR = new Actor("u-1", "Siti Verifikator");

    private ComplaintWorld world;

    @BeforeEach
    void world() throws Exception {
        world = new ComplaintWorld();
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    private ComplaintIntake.Receipt forwardedToMedan(String note) {
        var receipt = world.intake.submit(ComplaintWorld.pothole("12.05.01", "12.05.01.2002"),
                List.of(new Upload("jalan.pdf", AttachmentPolicyTest.PDF)), Actor.SYSTEM);
        world.clock.advance(Duration.ofHours(1));
        world.inTx(() -> world.desk.forwardToOtherTenant(receipt.trackingId(), "medan", COORDINATOR, note));
        return receipt;
    }

    private <T> T inMedan(java.util.function.Supplier<T> work) {
        try (TenantContext.Scope s = TenantContext.enter(world.medan)) {
            return world.inTx(work);
        }
    }

    private List<Complaint> medansComplaints() {
        return inMedan(() -> world.queries.range(ComplaintFilter.ALL, ComplaintQueries.Order.NEWEST, 0, 10));
    }

    @Test
    void theReceivingRegencyGetsItsOwnComplaintThatTheReporterFollowsWithTheSameSecret() {
        var receipt = forwardedToMedan("Lokasi di Medan Tuntungan");
        assertThat(medansComplaints()).as("nothing before delivery").isEmpty();

        world.handoffs.deliverNow(receipt.trackingId());

        List<Complaint> medan = medansComplaints();
        assertThat(medan).hasSize(1);
        Complaint copy = medan.get(0);
        assertThat(copy.trackingId().value()).isEqualTo("MDN-26-000001");
        assertThat(copy.channel()).isEqualTo(Channel.FORWARDED);
        assertThat(copy.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(copy.categoryCode()).isEqualTo("INFRASTRUKTUR");
        assertThat(copy.title()).isEqualTo("Jalan berlubang di depan SD");
        assertThat(copy.location().districtCode()).as("Medan as a whole: Langkat's kecamatan mean nothing there")
                .isEqualTo("12.71");
        assertThat(copy.location().address()).isEqualTo("Jl. Sekolah 3");
        assertThat(copy.location().latitude()).isEqualTo(3.59);
        assertThat(copy.reporterAsSeenBy(Viewer.COORDINATOR)).get().extracting(Reporter::email).isEqualTo("rina@example.id");
        assertThat(copy.privacyMode()).isEqualTo(PrivacyMode.ANONYMOUS);
        assertThat(copy.verifySecret(receipt.trackingSecret())).as("the secret the reporter holds").isTrue();
        assertThat(copy.receivedAt()).isEqualTo(ComplaintWorld.START.plus(Duration.ofHours(1)));
        // Received Tuesday 10:00 WIB in Medan: its own three working days, to Friday's end.
        assertThat(copy.verificationDueAt()).isEqualTo(Instant.parse("2026-12-04T17:00:00Z"));
        ComplaintEvent first = inMedan(() -> world.complaints.require(copy.trackingId()).events().get(0));
        assertThat(first.type()).isEqualTo(ComplaintEventType.RECEIVED);
        assertThat(first.actor().displayName()).isEqualTo("Kabupaten langkat");
        assertThat(first.note()).isEqualTo("Limpahan dari Kabupaten langkat, laporan " + receipt.trackingId().value()
                + "; lokasi menurut pelapor: Bahorok, Lau Damak. Catatan: Lokasi di Medan Tuntungan");
        assertThat(first.noteAsSeenBy(Viewer.PUBLIC)).as("a note between staff").isEmpty();
        assertThat(inMedan(() -> world.complaints.require(copy.trackingId()).attachments()))
                .extracting(Attachment::fileName).containsExactly("jalan.pdf");

        ComplaintHandoff handoff = world.inTx(() -> world.handoffs.of(receipt.trackingId())).orElseThrow();
        assertThat(handoff.status()).isEqualTo(ComplaintHandoff.Status.DONE);
        assertThat(handoff.targetTrackingId()).contains(copy.trackingId());
        assertThat(inMedan(() -> world.handoffs.madeInto(copy.trackingId()))).get()
                .extracting(ComplaintHandoff::sourceTrackingId).isEqualTo(receipt.trackingId());
        assertThat(world.inTx(() -> world.handoffs.madeInto(copy.trackingId()))).as("asked as Langkat").isEmpty();
    }

    @Test
    void theReceivingRegencyPlacesTheCopyInOneOfItsKecamatanOnceItKnowsWhere() {
        var receipt = forwardedToMedan(null);
        world.handoffs.deliverNow(receipt.trackingId());
        TrackingId copy = medansComplaints().get(0).trackingId();

        try (TenantContext.Scope s = TenantContext.enter(world.medan)) {
            assertThatThrownBy(() -> world.inTx(() -> world.desk.relocate(copy,
                    new Location("12.05.01", null, null, null, null), COORDINATOR, null)))
                    .isInstanceOf(ValidationException.class).hasMessageContaining("is not a kecamatan of Kabupaten medan");

            Complaint placed = world.inTx(() -> world.desk.relocate(copy, new Location("12.71.01", null, null, null, null),
                    COORDINATOR, "sesuai alamat"));

            assertThat(placed.location().districtCode()).isEqualTo("12.71.01");
            assertThat(placed.location().address()).as("kept").isEqualTo("Jl. Sekolah 3");
            assertThat(placed.location().latitude()).as("kept").isEqualTo(3.59);
            ComplaintEvent last = placed.events().get(placed.events().size() - 1);
            assertThat(last.type()).isEqualTo(ComplaintEventType.LOCATION_CORRECTED);
            assertThat(last.note()).isEqualTo("Kota Medan → Medan Tuntungan: sesuai alamat");
            assertThat(placed.status()).isEqualTo(ComplaintStatus.RECEIVED);
        }
    }

    /** The reporter's clarification and the staff's questions go along; the forwarding regency's notes stay there. */
    @Test
    void theConversationWithTheReporterGoesAlongButNotTheStaffsNotes() {
        var receipt = world.intake.submit(ComplaintWorld.pothole("12.05.01", "12.05.01.2002"), List.of(), Actor.SYSTEM);
        world.inTx(() -> world.desk.defer(receipt.trackingId(), COORDINATOR, "Di mana persisnya?"));
        world.clock.advance(Duration.ofMinutes(5));
        world.inTx(() -> world.desk.reply(receipt.trackingId(), COORDINATOR, "Mohon sebutkan nama jalannya."));
        world.clock.advance(Duration.ofMinutes(5));
        world.inTx(() -> world.tracking.reply(receipt.trackingId(), receipt.trackingSecret(), "Jl. Jamin Ginting, Medan"));
        world.inTx(() -> world.desk.note(receipt.trackingId(), COORDINATOR, "Ternyata wilayah Medan"));
        world.clock.advance(Duration.ofHours(1));
        world.inTx(() -> world.desk.forwardToOtherTenant(receipt.trackingId(), "medan", COORDINATOR, null));

        world.handoffs.deliverNow(receipt.trackingId());

        TrackingId copyId = medansComplaints().get(0).trackingId();
        Complaint copy = inMedan(() -> {
            Complaint c = world.complaints.require(copyId);
            c.publicReplies().size(); // read inside the transaction
            c.internalNotes().size();
            return c;
        });
        assertThat(copy.publicReplies()).extracting(ComplaintMessage::body)
                .containsExactly("Mohon sebutkan nama jalannya.", "Jl. Jamin Ginting, Medan");
        assertThat(copy.publicReplies()).extracting(m -> m.author().displayName())
                .containsExactly("Siti Verifikator (Kabupaten langkat)", "Pelapor");
        assertThat(copy.publicReplies().get(0).postedAt()).isEqualTo(ComplaintWorld.START.plus(Duration.ofMinutes(5)));
        assertThat(copy.internalNotes()).isEmpty();
    }

    @Test
    void deliveringAgainMakesNoSecondCopy() {
        var receipt = forwardedToMedan(null);
        world.handoffs.deliverNow(receipt.trackingId());
        world.handoffs.deliverNow(receipt.trackingId());
        assertThat(world.handoffs.deliverPending()).isZero();

        assertThat(medansComplaints()).hasSize(1);
    }

    @Test
    void aFailedAttemptStaysPendingAndTheSweepHandsItOverWhenItsWaitIsOver() {
        // Medan has no active category at all: the copy cannot be made yet.
        inMedan(() -> {
            world.categories.active().forEach(c -> world.categories.setActive(c.code(), false));
            return null;
        });
        var receipt = forwardedToMedan(null);

        world.handoffs.deliverNow(receipt.trackingId());

        ComplaintHandoff pending = world.inTx(() -> world.handoffs.of(receipt.trackingId())).orElseThrow();
        assertThat(pending.status()).isEqualTo(ComplaintHandoff.Status.PENDING);
        assertThat(pending.attempts()).isEqualTo(1);
        assertThat(pending.lastError()).get().asString().contains("categoryCode");
        assertThat(pending.nextAttemptAt()).isEqualTo(world.clock.instant().plus(Duration.ofMinutes(5)));
        assertThat(medansComplaints()).isEmpty();

        inMedan(() -> world.categories.setActive("LAINNYA", true));
        assertThat(world.handoffs.deliverPending()).as("not due yet").isZero();
        world.clock.advance(Duration.ofMinutes(5));
        assertThat(world.handoffs.deliverPending()).isEqualTo(1);

        List<Complaint> medan = medansComplaints();
        assertThat(medan).extracting(Complaint::categoryCode).containsExactly("LAINNYA");
        assertThat(world.inTx(() -> world.handoffs.of(receipt.trackingId()).orElseThrow().status()))
                .isEqualTo(ComplaintHandoff.Status.DONE);
    }

    @Test
    void aSuspendedRegencyGetsTheReportOnceItIsBackAndAClosedOneNever() {
        var toSuspended = forwardedToMedan(null);
        TenantRepository tenants = new TenantRepository(world.em);
        world.inTx(() -> {
            tenants.find(world.medan.id()).orElseThrow().suspend("kontrak habis", world.clock.instant());
            return null;
        });

        world.handoffs.deliverNow(toSuspended.trackingId());

        ComplaintHandoff waiting = world.inTx(() -> world.handoffs.of(toSuspended.trackingId())).orElseThrow();
        assertThat(waiting.status()).isEqualTo(ComplaintHandoff.Status.PENDING);
        assertThat(waiting.lastError()).get().asString().isEqualTo("Kabupaten medan is SUSPENDED; tried again later");
        assertThat(medansComplaints()).isEmpty();

        world.inTx(() -> {
            tenants.find(world.medan.id()).orElseThrow().reactivate(world.clock.instant());
            return null;
        });
        world.clock.advance(Duration.ofMinutes(5));
        assertThat(world.handoffs.deliverPending()).isEqualTo(1);
        assertThat(medansComplaints()).hasSize(1);

        var toClosed = forwardedToMedan(null);
        world.inTx(() -> {
            tenants.find(world.medan.id()).orElseThrow().archive("pemekaran wilayah", world.clock.instant());
            return null;
        });
        world.handoffs.deliverNow(toClosed.trackingId());

        ComplaintHandoff failed = world.inTx(() -> world.handoffs.of(toClosed.trackingId())).orElseThrow();
        assertThat(failed.status()).isEqualTo(ComplaintHandoff.Status.FAILED);
        assertThat(failed.lastError()).get().asString().isEqualTo("Kabupaten medan was closed; the report was not handed over");
        world.clock.advance(Duration.ofDays(1));
        assertThat(world.handoffs.deliverPending()).as("not retried").isZero();
    }

    @Test
    void theCopyTakesTheSameCategoryElseLainnyaElseTheFirstActiveOne() {
        assertThat(ComplaintHandoffs.categoryFor("AIR", List.of("JALAN", "AIR", "LAINNYA"))).isEqualTo("AIR");
        assertThat(ComplaintHandoffs.categoryFor("AIR", List.of("JALAN", "LAINNYA"))).isEqualTo("LAINNYA");
        assertThat(ComplaintHandoffs.categoryFor("AIR", List.of("SAMPAH", "JALAN"))).isEqualTo("JALAN");
        assertThat(ComplaintHandoffs.categoryFor("AIR", List.of())).as("intake then names the problem").isEqualTo("AIR");
    }
}
