package id.pendopo.complaint;

import id.pendopo.shared.ConflictException;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.Expiring;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The current tenant's complaint categories. Call it inside a transaction, like {@link TenantData}. */
@ApplicationScoped
public class ComplaintCategories {

    @Inject
    TenantData data;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "pendopo.cache.seconds", defaultValue = "10")
    int cacheSeconds;

    /** "tenant/code" of categories recently seen active; see {@link #isActive}. */
    private Expiring<String, Boolean> recentlyActive;
    /** Each tenant's category names by code; see {@link #names}. */
    private Expiring<String, Map<String, String>> names;

    public ComplaintCategories() {
    }

    /** For tools and tests outside a container: nothing is kept. */
    public ComplaintCategories(TenantData data) {
        this(data, Clock.systemUTC());
    }

    /** For tests outside a container, on their own clock. */
    public ComplaintCategories(TenantData data, Clock clock) {
        this.data = data;
        this.clock = clock;
        init();
    }

    @PostConstruct
    void init() {
        recentlyActive = new Expiring<>(clock, Duration.ofSeconds(cacheSeconds));
        names = new Expiring<>(clock, Duration.ofSeconds(cacheSeconds));
    }

    /**
     * The names of the current tenant's categories by code, for lists that show many complaints. Kept for
     * {@code pendopo.cache.seconds}; read again at once when one of {@code needed} is missing (a new category), so
     * only a renaming made in another application can show the old name, for at most that long.
     */
    public Map<String, String> names(Collection<String> needed) {
        String tenant = TenantContext.require().id();
        Map<String, String> known = names.get(tenant, this::loadNames);
        if (!known.keySet().containsAll(needed)) {
            names.forget(tenant);
            known = names.get(tenant, this::loadNames);
        }
        return known;
    }

    private Map<String, String> loadNames() {
        Map<String, String> byCode = new HashMap<>();
        all().forEach(c -> byCode.put(c.code(), c.name()));
        return Map.copyOf(byCode);
    }

    /**
     * Whether new reports may use {@code code}, for checking every report. A category seen active is remembered for
     * {@code pendopo.cache.seconds}; anything else is looked up again, so a new category counts at once everywhere,
     * and one switched off counts at once in this application and within that time in the others.
     */
    public boolean isActive(String code) {
        return recentlyActive.present(key(code), () -> find(code).filter(ComplaintCategory::active).map(c -> true))
                .isPresent();
    }

    private static String key(String code) {
        return TenantContext.require().id() + "/" + code;
    }

    /** Every category, active or not, by code. */
    public List<ComplaintCategory> all() {
        return data.em().createQuery("SELECT c FROM ComplaintCategory c ORDER BY c.code", ComplaintCategory.class)
                .getResultList();
    }

    /** The categories a new report may use, by name. */
    public List<ComplaintCategory> active() {
        return data.em().createQuery("SELECT c FROM ComplaintCategory c WHERE c.active = TRUE ORDER BY c.name",
                ComplaintCategory.class).getResultList();
    }

    public Optional<ComplaintCategory> find(String code) {
        // Exactly this code: MySQL's usual collations compare without case and trailing spaces, and the code a
        // complaint stores must be the category's own, as inbox, exports, Open311 and webhooks look it up.
        return data.em().createQuery("SELECT c FROM ComplaintCategory c WHERE c.code = :c", ComplaintCategory.class)
                .setParameter("c", code).getResultStream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The active category of {@code code}; any other code is invalid input. */
    public ComplaintCategory requireActive(String code) {
        return find(code).filter(ComplaintCategory::active)
                .orElseThrow(() -> ValidationException.of("categoryCode",
                        "is not an active complaint category of this regency: '" + code + "'"));
    }

    public ComplaintCategory add(String code, String name, String description, String keywords, Instant now) {
        if (find(code).isPresent()) {
            throw new ConflictException("category-exists", "A complaint category with code " + code + " already exists");
        }
        ComplaintCategory category = new ComplaintCategory(code, name, description, keywords, now);
        data.em().persist(category);
        return category;
    }

    /** Renames a category and rewrites its description and keywords; its code never changes. */
    public ComplaintCategory describe(String code, String name, String description, String keywords) {
        ComplaintCategory category = require(code);
        category.describe(name, description, keywords, clock.instant());
        names.forget(TenantContext.require().id());
        return category;
    }

    public ComplaintCategory require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Complaint category", code));
    }

    public ComplaintCategory setActive(String code, boolean active) {
        ComplaintCategory category = require(code);
        if (active) {
            category.activate(clock.instant());
        } else {
            category.deactivate(clock.instant());
            recentlyActive.forget(key(code));
        }
        return category;
    }

    /** Adds the default categories the tenant does not have yet; safe to repeat. */
    public void addMissingDefaults(Instant now) {
        for (DefaultCategories.Template t : DefaultCategories.ALL) {
            if (find(t.code()).isEmpty()) {
                data.em().persist(new ComplaintCategory(t.code(), t.name(), t.description(), t.keywords(), now));
            }
        }
    }

    /**
     * When any regency last made, renamed or switched a category: Open311's discovery changeset, which is one for the
     * whole platform. Native SQL over every tenant's rows; outside a tenant.
     */
    public Optional<Instant> lastChangeOnPlatform() {
        // Native SQL is switched off where entities are multitenant; this statement reads every tenant on purpose.
        Object latest = data.acrossTenants().createNativeQuery("SELECT MAX(changed_at) FROM complaint_category")
                .setHint(org.eclipse.persistence.config.QueryHints.ALLOW_NATIVE_SQL_QUERY, true).getSingleResult();
        if (latest instanceof java.sql.Timestamp t) {
            return Optional.of(t.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC));
        }
        if (latest instanceof java.time.LocalDateTime t) {
            return Optional.of(t.toInstant(java.time.ZoneOffset.UTC));
        }
        return Optional.empty();
    }

    public long count() {
        return data.em().createQuery("SELECT COUNT(c) FROM ComplaintCategory c", Long.class).getSingleResult();
    }
}
