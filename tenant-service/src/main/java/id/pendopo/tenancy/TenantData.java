package id.pendopo.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * The only way to an EntityManager for tenant-owned entities. It binds the transaction's EntityManager to the
 * current tenant, so that EclipseLink adds {@code tenant_id = ?} to every read and sets it on every write of a
 * {@code @Multitenant} entity. Without a resolved tenant it refuses, and an EntityManager that was never bound
 * fails any query on a tenant-owned entity, so forgetting the tenant cannot leak data.
 *
 * <p>Call it inside a transaction: the binding lives as long as the transaction's persistence context.
 */
@ApplicationScoped
public class TenantData {

    public static final String TENANT_PROPERTY = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT;

    @PersistenceContext(unitName = "pendopo")
    EntityManager em;

    public TenantData() {
    }

    /** For tools and tests outside a container: binds this EntityManager to the current tenant on each use. */
    public TenantData(EntityManager em) {
        this.em = em;
    }

    public EntityManager em() {
        return bind(em, TenantContext.require());
    }

    /**
     * The EntityManager bound to no tenant, for native SQL that reads every tenant's rows on purpose (for example a
     * platform-wide "last changed"). Never for JPQL on tenant entities, which need their tenant.
     */
    public EntityManager acrossTenants() {
        return em;
    }

    /** Binds any EntityManager (for example a resource-local one in a tool or test) to a tenant. */
    public static EntityManager bind(EntityManager em, TenantRef tenant) {
        em.setProperty(TENANT_PROPERTY, tenant.id());
        return em;
    }
}
