package id.pendopo.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.complaint.Actor;
import id.pendopo.shared.ConcurrentChange;
import id.pendopo.shared.ConflictException;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantRef;
import id.pendopo.testing.ComplaintWorld;
import id.pendopo.testing.Racing;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A tenant admin's complaint deadlines: stored per regency, 1 to 30 working days each, used by the next report. */
class SlaSettingsTest {

    private ComplaintWorld world;

    @BeforeEach
    void world() throws Exception {
        world = new ComplaintWorld();
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void aNewRegencyHasTheNationalDeadlines() {
        assertThat(world.inTx(world.sla::current)).isEqualTo(new SlaDays(3, 5, 10)).isEqualTo(SlaDays.NATIONAL);
        assertThat(SlaDays.NATIONAL.withinLaporLimits()).isTrue();
    }

    @Test
    void changedDeadlinesAreTheRegencysOwnAndCountForTheNextReport() {
        world.inTx(() -> world.sla.change(new SlaDays(2, 4, 7)));

        assertThat(world.inTx(world.sla::current)).isEqualTo(new SlaDays(2, 4, 7));
        // Received Tuesday 1 Dec 09:00 WIB; two working days end with Thursday 3 Dec, i.e. Friday 00:00 WIB.
        var receipt = world.intake.submit(ComplaintWorld.pothole("12.05.01", null), List.of(), Actor.SYSTEM);
        assertThat(receipt.verificationDueAt()).isEqualTo(Instant.parse("2026-12-03T17:00:00Z"));
        assertThat(storedIn(world.langkat)).isEqualTo(new SlaDays(2, 4, 7));
        assertThat(storedIn(world.medan)).isEqualTo(SlaDays.NATIONAL);
    }

    @Test
    void deadlinesFirstStoredByTwoAdminsAtOnceAreAConflictForTheSecondNotAnUnexpectedError() {
        // A regency whose deadline rows are missing (made before they existed): each admin's change creates them.
        world.inTx(() -> world.data.em().createQuery("DELETE FROM TenantSetting s WHERE s.name IN :names")
                .setParameter("names", SlaDays.NATIONAL.asSettings().keySet()).executeUpdate());
        // The other admin's change commits between this one's read and its write.
        EntityManager racing = Racing.beforeFirstFlush(world.em, () -> {
            EntityManager other = world.db.newEntityManager();
            try {
                other.getTransaction().begin();
                new SlaSettings(new TenantData(other)).change(new SlaDays(4, 6, 12));
                other.getTransaction().commit();
            } finally {
                other.close();
            }
        });

        assertThatThrownBy(() -> world.inTx(() -> new SlaSettings(new TenantData(racing)).change(new SlaDays(2, 4, 7))))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.type()).isEqualTo(ConcurrentChange.TYPE));
        assertThat(storedIn(world.langkat)).isEqualTo(new SlaDays(4, 6, 12));
    }

    /**
     * The days as a new persistence context reads them from the table, like the next transaction in the container.
     * This is what caught a change written to every tenant's row (TenantSetting was updated by its name alone).
     */
    private SlaDays storedIn(TenantRef tenant) {
        EntityManager em = world.db.newEntityManager();
        try (TenantContext.Scope s = TenantContext.enter(tenant)) {
            em.getTransaction().begin();
            return new SlaSettings(new TenantData(em)).current();
        } finally {
            em.getTransaction().rollback();
            em.close();
        }
    }

    @Test
    void everyDeadlineOutsideOneToThirtyWorkingDaysIsNamedAndNothingChanges() {
        assertThatThrownBy(() -> world.inTx(() -> world.sla.change(new SlaDays(0, 31, -1))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field)
                        .containsExactly("verificationDays", "followUpDays", "autoCloseDays"));
        assertThat(storedIn(world.langkat)).isEqualTo(SlaDays.NATIONAL);
        assertThat(world.inTx(() -> world.sla.change(new SlaDays(1, 30, 30)))).isEqualTo(new SlaDays(1, 30, 30));
    }

    @Test
    void longerThanLaporAllowsIsAcceptedButNotWithinItsLimits() {
        world.inTx(() -> world.sla.change(new SlaDays(4, 5, 10)));

        assertThat(world.inTx(world.sla::current).withinLaporLimits()).isFalse();
        assertThat(new SlaDays(3, 6, 10).withinLaporLimits()).isFalse();
        assertThat(new SlaDays(3, 5, 30).withinLaporLimits()).isTrue();
    }

    @Test
    void aRegionalHolidayTheAdminAddsMovesTheNextDeadline() {
        world.inTx(() -> world.holidays.add(LocalDate.of(2026, 12, 3), "Hari Jadi Kabupaten Langkat", HolidayKind.REGIONAL));

        var receipt = world.intake.submit(ComplaintWorld.pothole("12.05.01", null), List.of(), Actor.SYSTEM);
        // Wednesday, (Thursday is the hari jadi), Friday, Monday: due at Tuesday 8 Dec 00:00 WIB.
        assertThat(receipt.verificationDueAt()).isEqualTo(Instant.parse("2026-12-07T17:00:00Z"));
    }
}
