package id.pendopo.complaint;

import static id.pendopo.complaint.ComplaintTest.CITIZEN;
import static id.pendopo.complaint.ComplaintTest.COORDINATOR;
import static id.pendopo.complaint.ComplaintTest.HASHED;
import static id.pendopo.complaint.ComplaintTest.OFFICER;
import static id.pendopo.complaint.ComplaintTest.SECRET;
import static id.pendopo.complaint.ComplaintTest.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.agency.Agency;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantRef;
import id.pendopo.testing.Database;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A complaint with its timeline and conversation is stored, read back, and kept within its tenant. */
class ComplaintPersistenceTest {

    private static final TrackingId LKT_123 = TrackingId.parse("LKT-26-000123");

    private Database db;
    private TenantRef langkat;
    private TenantRef medan;
    private long complaintId;

    @BeforeEach
    void aComplaintInLangkat() {
        db = new Database();
        var refs = id.pendopo.testing.TestTenants.store(db, tenant("12.05", "langkat"), tenant("12.71", "medan"));
        langkat = refs.get(0);
        medan = refs.get(1);

        inTenant(langkat, repo -> {
            Agency dinkes = new Agency("DINKES", "Dinas Kesehatan", T0);
            repoEm.persist(dinkes);
            repoEm.flush();
            Complaint c = ComplaintTest.received(PrivacyMode.ANONYMOUS);
            c.verify(COORDINATOR, T0.plusSeconds(60), "valid");
            c.dispose(Set.of(dinkes.id()), T0.plus(Duration.ofDays(10)), COORDINATOR, T0.plusSeconds(120), null);
            c.recordAgencyResponse(dinkes.id(), "Sudah ditambal", OFFICER, T0.plusSeconds(180));
            c.addMessage(MessageVisibility.PUBLIC_REPLY, COORDINATOR, "Sedang ditangani", T0.plusSeconds(130));
            c.addMessage(MessageVisibility.INTERNAL_NOTE, COORDINATOR, "Cek anggaran", T0.plusSeconds(140));
            repo.add(c);
            repoEm.flush();
            complaintId = c.id();
        });
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void aComplaintWithEventsAndMessagesRoundTrips() {
        inTenant(langkat, repo -> {
            Complaint c = repo.findByTrackingId(LKT_123).orElseThrow();
            assertThat(c.id()).isEqualTo(complaintId);
            assertThat(c.status()).isEqualTo(ComplaintStatus.FOLLOWED_UP);
            assertThat(c.trackingId()).isEqualTo(LKT_123);
            assertThat(c.receivedAt()).isEqualTo(T0);
            assertThat(c.location().latitude()).isEqualTo(3.75);
            assertThat(c.verifySecret(SECRET)).isTrue();
            assertThat(c.reporterAsSeenBy(Viewer.COORDINATOR)).get().extracting(Reporter::name).isEqualTo("Andi");
            assertThat(c.events()).extracting(ComplaintEvent::type).containsExactly(ComplaintEventType.RECEIVED,
                    ComplaintEventType.VERIFIED, ComplaintEventType.DISPOSED, ComplaintEventType.AGENCY_RESPONDED);
            assertThat(c.events().get(1).actor()).isEqualTo(COORDINATOR);
            assertThat(c.events().get(1).note()).isEqualTo("valid");
            assertThat(c.publicReplies()).extracting(ComplaintMessage::body).containsExactly("Sedang ditangani");
            assertThat(c.internalNotes()).extracting(ComplaintMessage::body).containsExactly("Cek anggaran");
            assertThat(c.dispositions()).singleElement().satisfies(d -> {
                assertThat(d.response()).isEqualTo("Sudah ditambal");
                assertThat(d.responder()).isEqualTo(OFFICER);
            });
            c.resolve(T0.plus(Duration.ofDays(20)), COORDINATOR, T0.plus(Duration.ofDays(1)), null);
        });
        inTenant(langkat, repo -> assertThat(repo.find(complaintId).orElseThrow().events()).hasSize(5)
                .last().extracting(ComplaintEvent::statusAfter).isEqualTo(ComplaintStatus.RESOLVED));
    }

    @Test
    void anotherTenantCannotFindItByIdOrTrackingId() {
        inTenant(medan, repo -> {
            assertThat(repo.find(complaintId)).isEmpty();
            assertThat(repo.findByTrackingId(LKT_123)).isEmpty();
        });
        inTenant(langkat, repo -> assertThat(repo.find(complaintId)).isPresent());
    }

    @Test
    void theTrackingIdIsUniqueAcrossTenants() {
        assertThatThrownBy(() -> inTenant(medan, repo -> {
            repo.add(Complaint.receive(LKT_123, ComplaintTest.report(null, "lain"), HASHED, CITIZEN, T0,
                    T0.plus(Duration.ofDays(3))));
            repoEm.flush();
        })).hasStackTraceContaining("uk_complaint_tracking_id");
        inTenant(medan, repo -> {
            repo.add(Complaint.receive(TrackingId.parse("MDN-26-000123"), ComplaintTest.report(null, "lain"), HASHED,
                    CITIZEN, T0, T0.plus(Duration.ofDays(3))));
            repoEm.flush();
        });
    }

    /** The EntityManager of the running {@link #inTenant} block, to flush inside it. */
    private EntityManager repoEm;

    private void inTenant(TenantRef tenant, Consumer<ComplaintRepository> work) {
        EntityManager em = TenantData.bind(db.newEntityManager(), tenant);
        repoEm = em;
        try (TenantContext.Scope scope = TenantContext.enter(tenant)) {
            em.getTransaction().begin();
            work.accept(new ComplaintRepository(new TenantData(em)));
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    static Tenant tenant(String kode, String slug) {
        return id.pendopo.testing.TestTenants.tenant(kode, slug);
    }
}
