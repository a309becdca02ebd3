package id.pendopo.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.shared.ConflictException;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.Branding;
import id.pendopo.tenancy.Contact;
import id.pendopo.tenancy.DefaultSettings;
import id.pendopo.tenancy.RegionalTime;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantRef;
import id.pendopo.tenancy.TenantRepository;
import id.pendopo.tenancy.TenantSetting;
import id.pendopo.testing.Database;
import id.pendopo.testing.Racing;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant admin's holiday calendar on the real migrated schema: each tenant sees and edits only its own
 * holidays, a day has at most one, seeding the national list is idempotent, and deadlines follow the rows.
 */
class HolidayCalendarTest {

    private static final Instant NOW = Instant.parse("2025-12-01T01:00:00Z");
    private static final LocalDate HARI_JADI = LocalDate.of(2026, 1, 7);

    private Database db;
    private TenantRef langkat;
    private TenantRef medan;
    private TenantRef makassar;

    @BeforeEach
    void threeTenants() {
        db = new Database();
        langkat = tenant("12.05", "langkat", RegionalTime.WIB);
        medan = tenant("12.71", "medan", RegionalTime.WIB);
        makassar = tenant("73.71", "makassar", RegionalTime.WITA);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void holidaysAreTenantIsolated() {
        long hariJadi = as(langkat, c -> c.add(HARI_JADI, "Hari Jadi Kabupaten Langkat", HolidayKind.REGIONAL).id());

        assertThat(holidays2026(langkat)).extracting(Holiday::day).containsExactly(HARI_JADI);
        assertThat(holidays2026(medan)).isEmpty();
        assertThatThrownBy(() -> as(medan, c -> {
            c.remove(hariJadi);
            return null;
        })).isInstanceOf(NotFoundException.class);
        assertThat(holidays2026(langkat)).hasSize(1);

        as(langkat, c -> {
            c.remove(hariJadi);
            return null;
        });
        assertThat(holidays2026(langkat)).isEmpty();
    }

    @Test
    void aDuplicateDayIsRefused() {
        as(langkat, c -> c.add(HARI_JADI, "Hari Jadi Kabupaten Langkat", HolidayKind.REGIONAL));

        assertThatThrownBy(() -> as(langkat, c -> c.add(HARI_JADI, "Another name", HolidayKind.NATIONAL)))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).type()).isEqualTo("duplicate-holiday");
        // The same day is another tenant's business.
        Long medansHariJadi = as(medan, c -> c.add(HARI_JADI, "Hari Jadi Kota Medan", HolidayKind.REGIONAL).id());
        assertThat(medansHariJadi).isNotNull();
    }

    @Test
    void aDuplicateDayAddedAtTheSameMomentElsewhereIsAConflictNotAnUnexpectedError() {
        // Another admin's (or the national sweep's) holiday on the same day commits between this add's check and its
        // write: the database's unique key refuses the second one.
        assertThatThrownBy(() -> inTransaction(langkat, em -> {
            EntityManager racing = Racing.beforeFirstFlush(em,
                    () -> as(langkat, c -> c.add(HARI_JADI, "Hari Jadi (other admin)", HolidayKind.REGIONAL)));
            return new HolidayCalendar(new TenantData(racing)).add(HARI_JADI, "Hari Jadi Kabupaten Langkat",
                    HolidayKind.REGIONAL);
        })).isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.type()).isEqualTo("duplicate-holiday"));
        assertThat(holidays2026(langkat)).extracting(Holiday::name).containsExactly("Hari Jadi (other admin)");
    }

    @Test
    void theDatabaseRefusesADuplicateDayEvenPastTheService() {
        as(langkat, c -> c.add(HARI_JADI, "Hari Jadi Kabupaten Langkat", HolidayKind.REGIONAL));
        assertThatThrownBy(() -> inTransaction(langkat, em -> {
            em.persist(new Holiday(HARI_JADI, "Sneaked in", HolidayKind.REGIONAL));
            em.flush();
            return null;
        })).isInstanceOf(jakarta.persistence.PersistenceException.class);
    }

    @Test
    void everyBadFieldIsReportedAtOnce() {
        assertThatThrownBy(() -> as(langkat, c -> c.add(null, " ", null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(ValidationException.FieldError::field).containsExactly("day", "name", "kind"));
    }

    @Test
    void seedingTheNationalListTwiceAddsItOnce() {
        as(langkat, c -> c.add(LocalDate.of(2026, 8, 17), "HUT RI ke-81", HolidayKind.NATIONAL));

        int first = as(langkat, NationalHolidays::seedInto);
        int second = as(langkat, NationalHolidays::seedInto);

        assertThat(first).isEqualTo(NationalHolidays.all().size() - 1);
        assertThat(second).isZero();
        assertThat(holidays2026(langkat)).hasSize(NationalHolidays.forYear(2026).size())
                .filteredOn(h -> h.day().equals(LocalDate.of(2026, 8, 17)))
                .extracting(Holiday::name).containsExactly("HUT RI ke-81");
        assertThat(holidays2026(medan)).isEmpty();
    }

    @Test
    void aNationalDayTheAdminDeletedStaysDeletedWhileDaysNewToTheListStillArrive() {
        as(langkat, NationalHolidays::seedInto);
        Holiday labourDay = holidays2026(langkat).stream().filter(h -> h.day().equals(LocalDate.of(2026, 5, 1)))
                .findFirst().orElseThrow();
        as(langkat, c -> {
            c.remove(labourDay.id());
            return null;
        });
        List<NationalHolidays.Entry> withTheNextDecree = new java.util.ArrayList<>(NationalHolidays.all());
        withTheNextDecree.add(new NationalHolidays.Entry(LocalDate.of(2027, 3, 9), "Hari Suci Nyepi 1949",
                HolidayKind.NATIONAL));

        int first = as(langkat, c -> c.offerNational(withTheNextDecree));
        int again = as(langkat, c -> c.offerNational(withTheNextDecree));
        assertThat(first).as("only the day new to the list").isEqualTo(1);
        assertThat(again).isZero();
        assertThat(holidays2026(langkat)).noneMatch(h -> h.day().equals(LocalDate.of(2026, 5, 1)));
        List<Holiday> next = as(langkat, c -> c.list(2027));
        assertThat(next).extracting(Holiday::name).contains("Hari Suci Nyepi 1949");
        int medanAdded = as(medan, c -> c.offerNational(withTheNextDecree));
        assertThat(medanAdded).as("another regency gets it all").isEqualTo(withTheNextDecree.size());
    }

    @Test
    void aTenantAdminsRegionalHolidayMovesTheDueDate() {
        Instant monday = LocalDateTime.parse("2026-01-05T10:00").atZone(RegionalTime.WIB.zone()).toInstant();
        as(langkat, NationalHolidays::seedInto);
        LocalDate before = inTransaction(langkat, em -> {
            WorkingCalendars calendars = calendars(em);
            return calendars.current().dueDay(calendars.slaPolicy().verificationDue(monday));
        });

        as(langkat, c -> c.add(HARI_JADI, "Hari Jadi Kabupaten Langkat", HolidayKind.REGIONAL));
        LocalDate after = inTransaction(langkat, em -> {
            WorkingCalendars calendars = calendars(em);
            return calendars.current().dueDay(calendars.slaPolicy().verificationDue(monday));
        });
        LocalDate inMedan = inTransaction(medan, em -> {
            WorkingCalendars calendars = calendars(em);
            return calendars.current().dueDay(calendars.slaPolicy().verificationDue(monday));
        });

        assertThat(before).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(after).isEqualTo(LocalDate.of(2026, 1, 9));
        assertThat(inMedan).isEqualTo(LocalDate.of(2026, 1, 8));
    }

    @Test
    void aTenantsCalendarUsesItsOwnZone() {
        ZoneId inMakassar = inTransaction(makassar, em -> calendars(em).current().zone());
        ZoneId inLangkat = inTransaction(langkat, em -> calendars(em).current().zone());
        assertThat(inMakassar).isEqualTo(RegionalTime.WITA.zone());
        assertThat(inLangkat).isEqualTo(RegionalTime.WIB.zone());
    }

    private List<Holiday> holidays2026(TenantRef tenant) {
        return as(tenant, c -> c.list(2026));
    }

    private WorkingCalendars calendars(EntityManager em) {
        return new WorkingCalendars(new TenantData(em), new TenantRepository(em));
    }

    private <T> T as(TenantRef tenant, Function<HolidayCalendar, T> work) {
        return inTransaction(tenant, em -> work.apply(new HolidayCalendar(new TenantData(em))));
    }

    private <T> T inTransaction(TenantRef tenant, Function<EntityManager, T> work) {
        EntityManager em = db.newEntityManager();
        try (TenantContext.Scope s = TenantContext.enter(tenant)) {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private TenantRef tenant(String kode, String slug, RegionalTime zone) {
        Tenant t = new Tenant(kode, slug, "Kabupaten " + slug, kode.substring(0, 2), "Provinsi", zone,
                Locale.forLanguageTag("id"), new Branding("Kabupaten " + slug, null, null), new Contact(null, null, null), NOW);
        EntityManager em = db.newEntityManager();
        try {
            em.getTransaction().begin();
            em.persist(t);
            em.getTransaction().commit();
            TenantData.bind(em, t.ref());
            em.getTransaction().begin();
            DefaultSettings.forTenant(t).forEach((name, value) -> em.persist(new TenantSetting(name, value)));
            em.getTransaction().commit();
        } finally {
            em.close();
        }
        return t.ref();
    }
}
