package id.pendopo.notification;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.complaint.Actor;
import id.pendopo.complaint.ComplaintIntake;
import id.pendopo.complaint.NewComplaint;
import id.pendopo.complaint.PrivacyMode;
import id.pendopo.identity.IdentityDirectory;
import id.pendopo.identity.IdentityUnavailableException;
import id.pendopo.identity.Role;
import id.pendopo.identity.StaffAccount;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantSetting;
import id.pendopo.testing.ComplaintWorld;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Missed deadlines reach the coordinators and the tenant admin, once per deadline. */
class EscalationTest {

    static final Actor COORDINATOR = new Actor("u-1", "Siti Verifikator");
    static final Actor OFFICER = new Actor("u-2", "Budi DPUPR");
    /** Verification of a report received at ComplaintWorld.START is due Saturday 5 Dec 00:00 WIB. */
    static final Instant VERIFICATION_MISSED = Instant.parse("2026-12-04T17:00:01Z");

    private NotificationWorld w;
    private Supplier<List<StaffAccount>> staff;
    private EscalationSweep sweep;
    private Tenant langkat;

    @BeforeEach
    void world() throws Exception {
        w = new NotificationWorld();
        staff = () -> List.of(
                account("siti", "siti@langkatkab.go.id", true, Role.COMPLAINT_OFFICER),
                account("admin.langkat", "admin@langkatkab.go.id", true, Role.TENANT_ADMIN),
                account("budi", "budi@langkatkab.go.id", true, Role.AGENCY_OFFICER),
                account("lama", "lama@langkatkab.go.id", false, Role.COMPLAINT_OFFICER));
        IdentityDirectory directory = (IdentityDirectory) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {IdentityDirectory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("staff") && "langkat".equals(args[0])) {
                        return staff.get();
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        sweep = new EscalationSweep(w.world.data, new EscalationRecipients(directory, w.world.data), w.outbox, w.world.tx,
                NotificationLinks.LOCAL);
        langkat = w.inTx(() -> w.tenants.find(w.world.langkat.id()).orElseThrow());
    }

    @AfterEach
    void close() throws Exception {
        w.close();
    }

    private static StaffAccount account(String username, String email, boolean enabled, Role role) {
        return new StaffAccount("id-" + username, username, email, username, "", enabled, Set.of(role), null, null);
    }

    private ComplaintIntake.Receipt submit() {
        return w.intake.submit(ComplaintWorld.pothole("12.05.01", "12.05.01.2002"), List.of(), Actor.SYSTEM);
    }

    private List<OutboundNotification> escalationMessages() {
        return w.inTx(() -> w.world.em.createQuery("SELECT n FROM OutboundNotification n WHERE n.purpose = :p ORDER BY n.id",
                OutboundNotification.class).setParameter("p", NotificationPurpose.ESCALATION).getResultList());
    }

    private long escalations() {
        return w.inTx(() -> w.world.em.createQuery("SELECT COUNT(e) FROM Escalation e", Long.class).getSingleResult());
    }

    @Test
    void aMissedVerificationDeadlineIsEscalatedOnceToTheCoordinatorsAndTheAdmin() throws Exception {
        var receipt = submit();

        assertThat(sweep.escalate(langkat, receipt.verificationDueAt())).as("due, not yet missed").isZero();
        assertThat(sweep.escalate(langkat, VERIFICATION_MISSED)).isEqualTo(1);
        assertThat(sweep.escalate(langkat, VERIFICATION_MISSED.plusSeconds(300))).isZero();
        assertThat(sweep.escalate(langkat, VERIFICATION_MISSED.plusSeconds(86_400))).isZero();

        assertThat(escalations()).isEqualTo(1);
        assertThat(escalationMessages()).extracting(OutboundNotification::recipient)
                .containsExactlyInAnyOrder("siti@langkatkab.go.id", "admin@langkatkab.go.id");

        w.sender.sendDue(VERIFICATION_MISSED);
        var mail = w.smtp.messages().stream().filter(m -> m.recipients().contains("siti@langkatkab.go.id"))
                .findFirst().orElseThrow().message();
        assertThat(mail.getSubject()).isEqualTo("[Kabupaten langkat] 1 laporan melewati batas waktu");
        assertThat(mail.getContent().toString())
                .contains("LKT-26-000001 (Diterima): batas verifikasi 4 Desember 2026 - Jalan berlubang di depan SD")
                .doesNotContain("Rina", "rina@example.id", "0812000111");
    }

    /** Verified in time but never sent to an agency: the coordinator's deadline was missed all the same. */
    @Test
    void aVerifiedComplaintNotSentToAnyAgencyByTheDeadlineIsEscalated() throws Exception {
        var receipt = submit();
        w.inTx(() -> w.desk.verify(receipt.trackingId(), new Actor("u-1", "Siti"), null));

        assertThat(sweep.escalate(langkat, VERIFICATION_MISSED)).isEqualTo(1);

        w.sender.sendDue(VERIFICATION_MISSED);
        var mail = w.smtp.messages().stream().filter(m -> m.recipients().contains("siti@langkatkab.go.id"))
                .reduce((first, last) -> last).orElseThrow().message();
        assertThat(mail.getContent().toString())
                .contains("LKT-26-000001 (Diverifikasi): batas disposisi ke perangkat daerah 4 Desember 2026");
    }

    /**
     * Once escalated, the deadline leaves the complaint's column the sweep reads, without a new version of the
     * complaint (an edit open in someone's screen still saves); verifying it late does not escalate it again.
     */
    @Test
    void anEscalatedDeadlineIsNotReadAgainNorEscalatedTwiceInAnotherStatus() {
        var receipt = submit();
        long versionBefore = version(receipt.complaintId());

        assertThat(sweep.escalate(langkat, VERIFICATION_MISSED)).isEqualTo(1);

        assertThat(w.inTx(() -> w.world.complaints.require(receipt.trackingId()).escalateAfter())).isEmpty();
        assertThat(version(receipt.complaintId())).isEqualTo(versionBefore);
        w.inTx(() -> w.desk.verify(receipt.trackingId(), COORDINATOR, null));
        assertThat(sweep.escalate(langkat, VERIFICATION_MISSED.plusSeconds(3600))).isZero();
        assertThat(escalations()).isEqualTo(1);
    }

    /** An e-mail leaves the console (forwarded, kept, maybe to the fallback addresses): a confidential title stays. */
    @Test
    void aConfidentialReportsTitleIsNotInTheEscalationEmail() {
        NewComplaint p = ComplaintWorld.pothole("12.05.01", "12.05.01.2002");
        var secret = w.intake.submit(new NewComplaint(p.type(), p.categoryCode(), "Pungli di kantor camat",
                p.description(), p.location(), p.channel(), p.reporter(), PrivacyMode.CONFIDENTIAL), List.of(), Actor.SYSTEM);

        assertThat(sweep.escalate(langkat, VERIFICATION_MISSED)).isEqualTo(1);

        assertThat(escalationMessages()).allSatisfy(n -> assertThat(n.notification().text())
                .contains(secret.trackingId().value() + " (Diterima)", "laporan rahasia")
                .doesNotContain("Pungli"));
    }

    /** The longest missed first, across both deadlines, at most a batch a run; the rest in the next runs. */
    @Test
    void aRunEscalatesTheLongestMissedFirstAndTheRestInTheNextRuns() {
        var later = submit();
        w.world.clock.set(w.world.clock.instant().minus(Duration.ofDays(1)));
        var earlier = submit();
        for (int i = 0; i < EscalationSweep.BATCH; i++) {
            submit();
        }
        Instant now = VERIFICATION_MISSED.plus(Duration.ofDays(1));

        List<EscalationSweep.Overdue> first = w.inTx(() -> sweep.overdue(now));
        assertThat(first).hasSize(EscalationSweep.BATCH);
        assertThat(first.get(0).trackingId()).isEqualTo(earlier.trackingId().value());
        assertThat(first).extracting(EscalationSweep.Overdue::trackingId).doesNotContain(later.trackingId().value());

        assertThat(sweep.escalate(langkat, now)).isEqualTo(EscalationSweep.BATCH);
        assertThat(sweep.escalate(langkat, now)).as("the last of the day before, then the later one").isEqualTo(2);
        assertThat(sweep.escalate(langkat, now)).isZero();
        assertThat(escalations()).isEqualTo(EscalationSweep.BATCH + 2L);
    }

    private long version(long complaintId) {
        return w.inTx(() -> w.world.em.createQuery("SELECT c.version FROM Complaint c WHERE c.id = :id", Long.class)
                .setParameter("id", complaintId).getSingleResult());
    }

    @Test
    void manyMissedDeadlinesAreSplitOverEmailsThatEachFitSoNoneIsCutOff() {
        List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 120; i++) {
            ids.add(submit().trackingId().value());
        }
        assertThat(sweep.escalate(langkat, VERIFICATION_MISSED)).isEqualTo(120);

        List<OutboundNotification> toSiti = escalationMessages().stream()
                .filter(n -> n.recipient().equals("siti@langkatkab.go.id")).toList();
        assertThat(toSiti).hasSizeGreaterThan(1);
        String all = toSiti.stream().map(n -> n.notification().text()).reduce("", String::concat);
        assertThat(ids).allSatisfy(id -> assertThat(all).contains(id + " (Diterima)"));
        assertThat(toSiti).allSatisfy(n -> {
            assertThat(n.notification().text()).hasSizeLessThanOrEqualTo(OutboundNotification.MAX_BODY)
                    .endsWith("Pesan otomatis layanan pengaduan Kabupaten langkat.\n");
            assertThat(n.notification().subject()).startsWith("[Kabupaten langkat] 120 laporan melewati batas waktu (");
        });
    }

    @Test
    void aReopenedComplaintsNewFollowUpDeadlineIsEscalatedAgain() {
        var receipt = submit();
        var id = receipt.trackingId();
        long agency = w.world.agencyId("DPUPR");
        w.inTx(() -> w.desk.verify(id, COORDINATOR, null));
        w.inTx(() -> w.desk.dispose(id, Set.of(agency), COORDINATOR, null));
        Instant firstDue = w.inTx(() -> w.world.complaints.require(id).followUpDueAt().orElseThrow());

        assertThat(sweep.escalate(langkat, firstDue.plusSeconds(1))).isEqualTo(1);
        assertThat(sweep.escalate(langkat, firstDue.plusSeconds(600))).isZero();

        w.world.clock.set(firstDue.plusSeconds(3600));
        w.inTx(() -> w.desk.respond(id, agency, "Sudah ditambal", OFFICER));
        w.inTx(() -> w.desk.resolve(id, COORDINATOR, null));
        w.inTx(() -> w.tracking.reopen(id, receipt.trackingSecret(), "Lubangnya muncul lagi"));
        Instant secondDue = w.inTx(() -> w.world.complaints.require(id).followUpDueAt().orElseThrow());
        assertThat(secondDue).isAfter(firstDue);

        assertThat(sweep.escalate(langkat, secondDue.minusSeconds(1))).isZero();
        assertThat(sweep.escalate(langkat, secondDue.plusSeconds(1))).isEqualTo(1);
        assertThat(escalations()).isEqualTo(2);
    }

    @Test
    void whenTheIdentityProviderIsDownTheTenantsEscalationAddressesAreUsed() {
        staff = () -> {
            throw new IdentityUnavailableException("Keycloak is down");
        };
        w.inTx(() -> {
            w.world.data.em().persist(new TenantSetting(EscalationRecipients.SETTING,
                    "pengaduan@langkatkab.go.id, kominfo@langkatkab.go.id"));
            return null;
        });
        submit();

        assertThat(sweep.escalate(langkat, VERIFICATION_MISSED)).isEqualTo(1);
        assertThat(escalationMessages()).extracting(OutboundNotification::recipient)
                .containsExactlyInAnyOrder("pengaduan@langkatkab.go.id", "kominfo@langkatkab.go.id");
    }

    @Test
    void whenNobodyCanBeToldTheDeadlineIsNotMarkedEscalatedAndTheNextRunTriesAgain() {
        staff = () -> {
            throw new IdentityUnavailableException("Keycloak is down");
        };
        submit();

        assertThat(sweep.escalate(langkat, VERIFICATION_MISSED)).isZero();
        assertThat(escalations()).isZero();
        assertThat(escalationMessages()).isEmpty();

        staff = () -> List.of(account("siti", "siti@langkatkab.go.id", true, Role.COMPLAINT_OFFICER));
        assertThat(sweep.escalate(langkat, VERIFICATION_MISSED.plus(Duration.ofMinutes(5)))).isEqualTo(1);
        assertThat(escalationMessages()).extracting(OutboundNotification::recipient).containsExactly("siti@langkatkab.go.id");
    }
}
