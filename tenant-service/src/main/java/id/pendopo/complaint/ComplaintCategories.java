package id.pendopo.complaint;

import id.pendopo.shared.ConflictException;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The current tenant's complaint categories. Call it inside a transaction, like {@link TenantData}. */
@ApplicationScoped
public class ComplaintCategories {

    @Inject
    TenantData data;

    public ComplaintCategories() {
    }

    /** For tools and tests outside a container. */
    public ComplaintCategories(TenantData data) {
        this.data = data;
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
        return data.em().createQuery("SELECT c FROM ComplaintCategory c WHERE c.code = :c", ComplaintCategory.class)
                .setParameter("c", code).getResultStream().findFirst();
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
        category.describe(name, description, keywords);
        return category;
    }

    public ComplaintCategory require(String code) {
        return find(code).orElseThrow(() -> new NotFoundException("Complaint category", code));
    }

    public ComplaintCategory setActive(String code, boolean active) {
        ComplaintCategory category = require(code);
        if (active) {
            category.activate();
        } else {
            category.deactivate();
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

    public long count() {
        return data.em().createQuery("SELECT COUNT(c) FROM ComplaintCategory c", Long.class).getSingleResult();
    }
}
