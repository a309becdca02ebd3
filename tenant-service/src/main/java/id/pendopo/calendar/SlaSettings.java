package id.pendopo.calendar;

import id.pendopo.shared.ConcurrentChange;
import id.pendopo.shared.ConflictException;
import id.pendopo.shared.UniqueKey;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantSetting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The current tenant's complaint deadlines ({@link SlaDays}), which its admin reads and changes. They are stored
 * as tenant settings; {@link WorkingCalendars#slaPolicy()} reads them here, so a change counts from the next
 * deadline on. Deadlines already set on complaints stay as they are.
 */
@ApplicationScoped
public class SlaSettings {

    @Inject
    TenantData data;

    @Inject
    Event<CalendarChanged> changes;

    public SlaSettings() {
    }

    /** For tools and tests outside a container. */
    public SlaSettings(TenantData data) {
        this.data = data;
    }

    @Transactional
    public SlaDays current() {
        return SlaDays.fromSettings(settings().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().value())));
    }

    /** Stores new deadlines; each must be 1 to 30 working days (see {@link SlaDays}). */
    @Transactional
    public SlaDays change(SlaDays days) {
        days.validated();
        Map<String, TenantSetting> stored = settings();
        days.asSettings().forEach((name, value) -> {
            TenantSetting setting = stored.get(name);
            if (setting == null) {
                data.em().persist(new TenantSetting(name, value));
            } else {
                setting.change(value);
            }
        });
        try {
            data.em().flush();
        } catch (PersistenceException e) {
            // Another admin stored the missing rows at the same moment, after this change read them.
            if (UniqueKey.violated(e)) {
                throw new ConflictException(ConcurrentChange.TYPE,
                        "Someone else changed the deadlines at the same time; load them again and repeat the change");
            }
            throw e;
        }
        changed();
        return days;
    }

    private Map<String, TenantSetting> settings() {
        return data.em().createQuery("SELECT s FROM TenantSetting s WHERE s.name IN :names", TenantSetting.class)
                .setParameter("names", SlaDays.NATIONAL.asSettings().keySet()).getResultStream()
                .collect(Collectors.toMap(TenantSetting::name, Function.identity()));
    }

    private void changed() {
        if (changes != null) {
            changes.fire(new CalendarChanged(TenantContext.require().id(), Set.of()));
        }
    }
}
