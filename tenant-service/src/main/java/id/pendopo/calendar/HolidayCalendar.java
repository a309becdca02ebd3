package id.pendopo.calendar;

import id.pendopo.shared.ConflictException;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.UniqueKey;
import id.pendopo.shared.Validation;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The current tenant's holidays, as its admin edits them: the national list seeded at provisioning, adjusted
 * when the government moves a date, plus the regency's own regional holidays. Every change fires
 * {@link CalendarChanged} with the days in its transaction: deadlines still running across them are counted again
 * there (complaint's {@code DeadlinesFollowHolidays}); new deadlines see it at once in this application, within
 * {@code pendopo.cache.seconds} in the other and on other nodes ({@link WorkingCalendars}).
 */
@ApplicationScoped
public class HolidayCalendar {

    static final int MAX_NAME = 120;

    @Inject
    TenantData data;

    @Inject
    Event<CalendarChanged> changes;

    public HolidayCalendar() {
    }

    /** For tools and tests outside a container. */
    public HolidayCalendar(TenantData data) {
        this.data = data;
    }

    /** The holidays of one calendar year, in date order. */
    @Transactional
    public List<Holiday> list(int year) {
        return data.em().createQuery(
                        "SELECT h FROM Holiday h WHERE h.day >= :from AND h.day < :to ORDER BY h.day", Holiday.class)
                .setParameter("from", LocalDate.of(year, 1, 1))
                .setParameter("to", LocalDate.of(year + 1, 1, 1))
                .getResultList();
    }

    /** Adds a holiday; a day that already has one is refused, so the admin edits that one instead. */
    @Transactional
    public Holiday add(LocalDate day, String name, HolidayKind kind) {
        new Validation()
                .require(day != null, "day", "is required")
                .require(day == null || Validation.storable(day), "day", Validation.STORABLE_YEARS,
                        ValidationException.OUT_OF_RANGE)
                .notBlank(name, "name")
                .maxLength(name, MAX_NAME, "name")
                .require(kind != null, "kind", "is required")
                .throwIfInvalid();
        if (!existingDays(Set.of(day)).isEmpty()) {
            throw duplicate(day);
        }
        Holiday holiday = new Holiday(day, name.trim(), kind);
        data.em().persist(holiday);
        try {
            data.em().flush();
        } catch (PersistenceException e) {
            // The same day added elsewhere at the same moment, committed after the check above.
            throw UniqueKey.violated(e) ? duplicate(day) : e;
        }
        changed(Set.of(day));
        return holiday;
    }

    private static ConflictException duplicate(LocalDate day) {
        return new ConflictException("duplicate-holiday", "There is already a holiday on " + day);
    }

    @Transactional
    public void remove(long id) {
        Holiday holiday = data.em().find(Holiday.class, id);
        if (holiday == null) {
            throw new NotFoundException("Holiday", id);
        }
        data.em().remove(holiday);
        data.em().flush();
        changed(Set.of(holiday.day()));
    }

    /**
     * Adds each of {@code holidays} whose day has no holiday yet and leaves the others alone, so running it
     * again, or after the admin renamed or reclassified a day, changes nothing. Returns how many were added.
     */
    @Transactional
    public int addMissing(Collection<NationalHolidays.Entry> holidays) {
        Set<LocalDate> taken = new HashSet<>(existingDays(holidays.stream().map(NationalHolidays.Entry::day).toList()));
        Set<LocalDate> added = new HashSet<>();
        for (NationalHolidays.Entry h : holidays) {
            if (taken.add(h.day())) {
                data.em().persist(new Holiday(h.day(), h.name(), h.kind()));
                added.add(h.day());
            }
        }
        if (!added.isEmpty()) {
            data.em().flush();
            changed(added);
        }
        return added.size();
    }

    /**
     * Offers the national days never offered to this tenant before: each is added unless its day already has a
     * holiday, and is remembered as offered either way ({@link NationalHolidayOffer}). Days offered before are left
     * alone, also when the admin deleted them since. Returns how many holidays were added.
     */
    @Transactional
    public int offerNational(Collection<NationalHolidays.Entry> holidays) {
        Set<LocalDate> offered = new HashSet<>(data.em().createQuery("SELECT o.day FROM NationalHolidayOffer o",
                LocalDate.class).getResultList());
        List<NationalHolidays.Entry> fresh = holidays.stream().filter(h -> offered.add(h.day())).toList();
        fresh.forEach(h -> data.em().persist(new NationalHolidayOffer(h.day())));
        return addMissing(fresh);
    }

    private List<LocalDate> existingDays(Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return List.of();
        }
        return data.em().createQuery("SELECT h.day FROM Holiday h WHERE h.day IN :days", LocalDate.class)
                .setParameter("days", days).getResultList();
    }

    private void changed(Set<LocalDate> days) {
        if (changes != null) {
            changes.fire(new CalendarChanged(TenantContext.require().id(), days));
        }
    }
}
