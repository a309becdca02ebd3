package id.pendopo.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.complaint.Actor;
import id.pendopo.complaint.TrackingId;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.testing.ComplaintWorld;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The reporter hears of status changes by email, through the outbox, on the migrated schema. */
class ReporterNotificationsTest {

    static final Actor COORDINATOR = new Actor("u-1", "Siti Verifikator");

    private NotificationWorld w;

    @BeforeEach
    void world() throws Exception {
        w = new NotificationWorld();
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    private TrackingId submit() {
        return w.intake.submit(ComplaintWorld.pothole("12.05.01", "12.05.01.2002"), List.of(), Actor.SYSTEM).trackingId();
    }

    private List<OutboundNotification> queued(TrackingId id) {
        return w.inTx(() -> w.outbox.about(id.value()));
    }

    /** Sent messages hold reporters' addresses: forgotten after 30 days in a suspended regency as in an active one. */
    @Test
    void aSuspendedRegencysSentMessagesAreForgottenOnTimeAndNothingOfItsIsSent() {
        w.sender.tenants = w.tenants;
        TrackingId id = submit();
        Instant now = w.world.clock.instant();
        assertThat(w.sender.run(now)).isEqualTo(1);
        w.inTx(() -> {
            w.tenants.find(w.world.langkat.id()).orElseThrow().suspend("audit", now);
            return null;
        });
        w.inTx(() -> w.desk.defer(id, COORDINATOR, "Mohon kirim foto lokasi"));

        assertThat(w.sender.run(now.plus(Duration.ofDays(31)))).as("a suspended regency sends nothing").isZero();
        assertThat(queued(id)).as("the sent receipt is forgotten, the waiting message kept")
                .extracting(OutboundNotification::status).containsExactly(DeliveryStatus.PENDING);
    }

    @Test
    void theMessageIsQueuedInTheTransactionOfTheChangeAndNotWhenItRollsBack() {
        TrackingId id = submit();
        assertThat(queued(id)).extracting(OutboundNotification::subject)
                .containsExactly("[LKT-26-000001] Status laporan: Diterima");

        assertThatThrownBy(() -> w.inTx(() -> {
            w.desk.defer(id, COORDINATOR, "Mohon kirim foto lokasi");
            assertThat(w.outbox.about(id.value())).hasSize(2);
            throw new IllegalStateException("the rest of the transaction failed");
        })).hasMessage("the rest of the transaction failed");

        assertThat(queued(id)).hasSize(1);
        w.inTx(() -> w.desk.defer(id, COORDINATOR, "Mohon kirim foto lokasi"));
        assertThat(queued(id)).hasSize(2);
    }

    @Test
    void theReporterOfAForwardedReportHearsFromTheReceivingRegencyWithTheNewTrackingId() {
        TrackingId id = submit();
        w.inTx(() -> w.desk.forwardToOtherTenant(id, "medan", COORDINATOR, "Lokasi di Medan"));
        w.handoffs.deliverNow(id);

        assertThat(queued(id)).extracting(OutboundNotification::subject).containsExactly(
                "[LKT-26-000001] Status laporan: Diterima", "[LKT-26-000001] Status laporan: Bukan wewenang");
        try (TenantContext.Scope s = TenantContext.enter(w.world.medan)) {
            List<OutboundNotification> fromMedan = w.inTx(() -> w.outbox.about("MDN-26-000001"));
            assertThat(fromMedan).extracting(OutboundNotification::subject)
                    .containsExactly("[MDN-26-000001] Status laporan: Diterima");
            assertThat(fromMedan.get(0).recipient()).isEqualTo("rina@example.id");
            assertThat(fromMedan.get(0).body()).contains("dilimpahkan kepada kami", "kode rahasia yang sama",
                    "Nomor pelacakan: MDN-26-000001", "/lacak/MDN-26-000001", "Kabupaten medan");
        }
    }

    @Test
    void theReporterReadsTheNewStatusDeadlineAndLinkInIndonesianButNoStaffNote() throws Exception {
        TrackingId id = submit();
        w.inTx(() -> w.desk.note(id, COORDINATOR, "Pelapor ini sering mengadu, cek dulu ke camat"));
        w.inTx(() -> w.desk.defer(id, COORDINATOR, "Mohon kirim foto lokasi"));

        assertThat(w.sender.sendDue(w.world.clock.instant())).isEqualTo(2);

        assertThat(w.smtp.messages()).hasSize(2);
        SmtpSink.Received deferred = w.smtp.messages().get(1);
        assertThat(deferred.recipients()).containsExactly("rina@example.id");
        MimeMessage m = deferred.message();
        assertThat(m.getSubject()).isEqualTo("[LKT-26-000001] Status laporan: Ditunda");
        assertThat(m.getFrom()[0].toString()).contains("lapor@langkatkab.go.id");
        String body = m.getContent().toString();
        assertThat(body).contains("Yth. Rina,", "Verifikasi laporan Anda ditunda.", "Nomor pelacakan: LKT-26-000001",
                "Status: Ditunda", "Batas waktu verifikasi: 4 Desember 2026", "Keterangan: Mohon kirim foto lokasi",
                "http://localhost:8080/lacak/LKT-26-000001", "Kabupaten langkat");
        assertThat(body).doesNotContain("sering mengadu");
        assertThat(queued(id)).extracting(OutboundNotification::status)
                .containsOnly(DeliveryStatus.DELIVERED);
    }

    /** A question the staff ask the reporter reaches them; a note between staff does not. */
    @Test
    void aReplyToTheReporterIsSentToThemAndAnInternalNoteIsNot() throws Exception {
        TrackingId id = submit();
        w.sender.sendDue(w.world.clock.instant()); // the receipt
        w.inTx(() -> w.desk.note(id, COORDINATOR, "Cek dulu ke camat"));
        w.inTx(() -> w.desk.reply(id, COORDINATOR, "Mohon kirim foto lubang dari dekat, lewat halaman pelacakan."));

        assertThat(w.sender.sendDue(w.world.clock.instant())).isEqualTo(1);

        SmtpSink.Received reply = w.smtp.messages().get(1);
        assertThat(reply.recipients()).containsExactly("rina@example.id");
        assertThat(reply.message().getSubject()).isEqualTo("[LKT-26-000001] Balasan petugas untuk laporan Anda");
        assertThat(reply.message().getContent().toString()).contains("Yth. Rina,", "Petugas membalas laporan Anda:",
                "Mohon kirim foto lubang dari dekat", "http://localhost:8080/lacak/LKT-26-000001")
                .doesNotContain("camat");
    }

    @Test
    void notesOfTheStaffsStepsStayOutOfTheMessage() throws Exception {
        TrackingId id = submit();
        w.inTx(() -> w.desk.verify(id, COORDINATOR, "Sudah dicek dengan kepala desa, pelapor tetangganya"));
        long agency = w.world.agencyId("DPUPR");
        w.inTx(() -> w.desk.dispose(id, java.util.Set.of(agency), COORDINATOR, "Prioritas, kepala dinas sudah tahu"));

        w.sender.sendDue(w.world.clock.instant());

        assertThat(w.smtp.messages()).hasSize(3);
        String verified = w.smtp.messages().get(1).message().getContent().toString();
        String disposed = w.smtp.messages().get(2).message().getContent().toString();
        assertThat(verified).contains("Status: Diverifikasi", "Batas waktu diteruskan ke perangkat daerah: 4 Desember 2026")
                .doesNotContain("kepala desa");
        // Disposed Tuesday 09:00 WIB: five working days end with Tuesday 8 December.
        assertThat(disposed).contains("Status: Diteruskan ke perangkat daerah", "Batas waktu tindak lanjut: 8 Desember 2026")
                .doesNotContain("kepala dinas");
    }

    @Test
    void aRefusedMessageIsRetriedOnTheScheduleAndDeadLetteredAtItsEnd() {
        w.smtp.refuseNext(RetrySchedule.MAX_ATTEMPTS);
        TrackingId id = submit();
        Instant now = w.world.clock.instant();

        assertThat(w.sender.sendDue(now)).isZero();
        OutboundNotification first = queued(id).get(0);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.nextAttemptAt()).isEqualTo(now.plus(Duration.ofMinutes(1)));
        assertThat(first.lastError()).contains("554");

        assertThat(w.sender.sendDue(now.plusSeconds(59))).isZero();
        assertThat(queued(id).get(0).attempts()).as("not due yet").isEqualTo(1);

        Instant t = now;
        for (Duration delay : RetrySchedule.DELAYS) {
            t = t.plus(delay);
            w.sender.sendDue(t);
        }
        OutboundNotification dead = queued(id).get(0);
        assertThat(dead.attempts()).isEqualTo(6);
        assertThat(dead.status()).isEqualTo(DeliveryStatus.DEAD);
        assertThat(w.smtp.messages()).isEmpty();
    }

    /** Stands for whatever takes the node down while it sends (out of memory, a crash in a native library). */
    static final class NodeDown extends Error {
        NodeDown() {
            super("the node went down while sending");
        }
    }

    @Test
    void aMessageWhoseAttemptsNeverFinishIsDeadLetteredOnTheScheduleNotTakenUpForEver() throws Exception {
        int[] tries = {0};
        NotificationChannel crashing = new NotificationChannel() {
            public String name() {
                return "sms";
            }

            public boolean enabled() {
                return true;
            }

            public void send(String address, Notification notification) {
                tries[0]++;
                throw new NodeDown();
            }
        };
        try (NotificationWorld crashy = new NotificationWorld(List.of(crashing))) {
            Notification text = new Notification("Laporan diterima", "Terima kasih", "LKT-26-000001");
            crashy.inTx(() -> crashy.outbox.queue("sms", NotificationPurpose.REPORTER_UPDATE, "+6281234567890", text));
            Instant t = crashy.world.clock.instant();

            assertThatThrownBy(() -> crashy.sender.sendDue(t)).isInstanceOf(NodeDown.class);
            assertThat(crashy.sender.sendDue(t.plus(Duration.ofMinutes(1)))).as("still leased").isZero();
            assertThat(tries[0]).isEqualTo(1);

            Instant afterLease = t.plus(NotificationSender.LEASE);
            assertThat(crashy.sender.sendDue(afterLease)).isZero();
            OutboundNotification counted = crashy.inTx(() -> crashy.outbox.about("LKT-26-000001")).get(0);
            assertThat(counted.attempts()).as("the attempt that never finished counts").isEqualTo(1);
            assertThat(counted.lastError()).contains("did not finish");
            assertThat(counted.nextAttemptAt()).as("retried on the schedule").isEqualTo(afterLease.plus(Duration.ofMinutes(1)));
            assertThat(tries[0]).as("not attempted again at once").isEqualTo(1);

            Instant run = afterLease;
            for (int i = 0; i < 4 * RetrySchedule.MAX_ATTEMPTS; i++) {
                run = run.plus(Duration.ofHours(13));
                try {
                    crashy.sender.sendDue(run);
                } catch (NodeDown crash) {
                    // the node goes down again; its next run finds the attempt open
                }
            }
            OutboundNotification dead = crashy.inTx(() -> crashy.outbox.about("LKT-26-000001")).get(0);
            assertThat(dead.status()).isEqualTo(DeliveryStatus.DEAD);
            assertThat(dead.attempts()).isEqualTo(RetrySchedule.MAX_ATTEMPTS);
            assertThat(tries[0]).isEqualTo(RetrySchedule.MAX_ATTEMPTS);
        }
    }

    @Test
    void aReporterWithoutAnEmailAddressGetsNoEmailAndDisabledChannelsQueueNothing() {
        var anonymous = ComplaintWorld.pothole("12.05.01", null);
        var noAddress = new id.pendopo.complaint.NewComplaint(anonymous.type(), anonymous.categoryCode(), anonymous.title(),
                anonymous.description(), anonymous.location(), anonymous.channel(),
                new id.pendopo.complaint.Reporter("Budi", "0812999", null), null);
        TrackingId id = w.intake.submit(noAddress, List.of(), Actor.SYSTEM).trackingId();

        assertThat(queued(id)).as("no email address, and SMS is not enabled here").isEmpty();
    }

    @Test
    void deadlinesReadAsTheRegencysCalendarDay() {
        assertThat(IndonesianDates.deadline(Instant.parse("2026-12-04T17:00:00Z"), id.pendopo.tenancy.RegionalTime.WIB))
                .isEqualTo("4 Desember 2026");
        assertThat(IndonesianDates.deadline(Instant.parse("2026-12-04T03:30:00Z"), id.pendopo.tenancy.RegionalTime.WITA))
                .isEqualTo("4 Desember 2026 pukul 11.30 WITA");
    }
}
