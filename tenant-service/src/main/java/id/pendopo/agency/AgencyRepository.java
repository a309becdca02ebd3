package id.pendopo.agency;

import id.pendopo.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** The current tenant's agencies. Another tenant's agencies are invisible here by construction. */
@ApplicationScoped
public class AgencyRepository {

    @Inject
    TenantData data;

    public AgencyRepository() {
    }

    /** For tools and tests outside a container. */
    public AgencyRepository(TenantData data) {
        this.data = data;
    }

    public List<Agency> all() {
        return data.em().createQuery("SELECT a FROM Agency a ORDER BY a.code", Agency.class).getResultList();
    }

    public Optional<Agency> find(long id) {
        return Optional.ofNullable(data.em().find(Agency.class, id));
    }

    public Optional<Agency> findByCode(String code) {
        return data.em().createQuery("SELECT a FROM Agency a WHERE a.code = :c", Agency.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public void add(Agency agency) {
        data.em().persist(agency);
    }

    public long count() {
        return data.em().createQuery("SELECT COUNT(a) FROM Agency a", Long.class).getSingleResult();
    }
}
