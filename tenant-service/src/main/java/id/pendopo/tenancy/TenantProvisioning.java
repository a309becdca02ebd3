package id.pendopo.tenancy;

import id.pendopo.agency.Agency;
import id.pendopo.agency.AgencyRepository;
import id.pendopo.agency.DefaultAgencies;
import id.pendopo.calendar.HolidayCalendar;
import id.pendopo.complaint.ComplaintCategories;
import id.pendopo.calendar.NationalHolidays;
import id.pendopo.identity.Ensured;
import id.pendopo.identity.IdentityDirectory;
import id.pendopo.identity.IdentityUnavailableException;
import id.pendopo.identity.StaffAccount;
import id.pendopo.region.Region;
import id.pendopo.region.RegionDirectory;
import id.pendopo.region.RegionLevel;
import id.pendopo.shared.ConflictException;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.Transactions;
import id.pendopo.shared.ValidationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Creates a tenant as one retry-safe operation:
 * <ol>
 * <li>the tenant record, in status PROVISIONING (this claims the slug and the code);</li>
 * <li>its identity organization;</li>
 * <li>its first administrator, with a temporary password;</li>
 * <li>its default agencies (OPD), settings, national holidays and complaint categories, and the switch to ACTIVE, in one
 * transaction.</li>
 * </ol>
 * Each step finds what an earlier attempt made before creating anything, so calling again with the same
 * request after a crash completes the tenant. When a step fails, what this call created is removed again,
 * so a failure leaves nothing half-made.
 */
@ApplicationScoped
public class TenantProvisioning {

    private static final Logger LOG = Logger.getLogger(TenantProvisioning.class.getName());

    @Inject
    TenantRepository tenants;

    @Inject
    RegionDirectory regions;

    @Inject
    IdentityDirectory identity;

    @Inject
    AgencyRepository agencies;

    @Inject
    TenantData data;

    @Inject
    HolidayCalendar holidays;

    @Inject
    ComplaintCategories categories;

    @Inject
    Transactions tx;

    @Inject
    Clock clock;

    public ProvisionedTenant provision(NewTenant request) {
        request.validate();
        Claimed claimed = tx.inNew(() -> claim(request));
        Tenant tenant = claimed.tenant();
        if (tenant.status() != TenantStatus.PROVISIONING) {
            return new ProvisionedTenant(tenant, null, false);
        }
        Ensured<String> org = null;
        Ensured<StaffAccount> admin = null;
        try {
            org = identity.ensureOrganization(tenant.slug(), tenant.name());
            admin = identity.ensureTenantAdmin(tenant.slug(), org.value(), request.adminEmail().trim());
            String orgId = org.value();
            Tenant active = tx.inNew(() -> completeInTransaction(tenant.id(), orgId));
            LOG.info(() -> "Provisioned tenant " + active.slug() + " (" + active.kode() + ")");
            return new ProvisionedTenant(active, admin.value(), claimed.created());
        } catch (RuntimeException e) {
            undo(tenant, claimed.created(), org, admin, e);
            if (e instanceof DomainException) {
                throw e;
            }
            throw new IdentityUnavailableException(
                    "Provisioning of '" + tenant.slug() + "' failed and was rolled back: " + e.getMessage(), e);
        }
    }

    private record Claimed(Tenant tenant, boolean created) {
    }

    private Claimed claim(NewTenant r) {
        var bySlug = tenants.findBySlug(r.slug());
        var byKode = tenants.findByKode(r.kode());
        if (bySlug.isPresent() && byKode.isPresent() && bySlug.get().id().equals(byKode.get().id())) {
            // A retry of the same request: resume a half-done provisioning, or report the finished tenant.
            return new Claimed(bySlug.get(), false);
        }
        if (bySlug.isPresent()) {
            throw new ConflictException("duplicate-tenant", "The slug '" + r.slug() + "' is already used by "
                    + bySlug.get().name() + " (" + bySlug.get().kode() + ")");
        }
        if (byKode.isPresent()) {
            throw new ConflictException("duplicate-tenant", "Region " + r.kode() + " already has a tenant: '"
                    + byKode.get().slug() + "'");
        }
        Region regency = regions.find(r.kode())
                .filter(reg -> reg.level() == RegionLevel.REGENCY)
                .orElseThrow(() -> ValidationException.of("kode",
                        "is not a regency or city in the official region list: " + r.kode()));
        Region province = regions.find(regency.parentKode())
                .orElseThrow(() -> ValidationException.of("kode", "province " + regency.parentKode() + " is missing"));
        RegionalTime zone = r.timeZone() != null ? r.timeZone() : RegionalTime.ofProvince(province.kode());
        String locale = NewTenant.blank(r.locale()) ? "id" : r.locale();
        Tenant tenant = new Tenant(regency.kode(), r.slug(), regency.nama(), province.kode(), province.nama(), zone,
                Locale.forLanguageTag(locale),
                new Branding(NewTenant.blank(r.displayName()) ? regency.nama() : r.displayName().trim(),
                        NewTenant.orNull(r.logoUrl()), NewTenant.orNull(r.primaryColor())),
                new Contact(NewTenant.orNull(r.contactName()), NewTenant.orNull(r.contactEmail()),
                        NewTenant.orNull(r.contactPhone())),
                clock.instant());
        tenant.assignTrackingPrefix(TrackingPrefixes.choose(r.slug(), tenants.trackingPrefixes()));
        try {
            tenants.add(tenant);
        } catch (PersistenceException e) {
            // Lost a race with a concurrent request for the same slug, code or tracking prefix; a retry settles it.
            throw new ConflictException("duplicate-tenant", "The slug '" + r.slug() + "', region " + r.kode()
                    + " or tracking prefix " + tenant.trackingPrefix() + " was just taken by another request; try again");
        }
        return new Claimed(tenant, true);
    }

    private Tenant completeInTransaction(String tenantId, String orgId) {
        Tenant tenant = tenants.find(tenantId).orElseThrow();
        try (TenantContext.Scope s = TenantContext.enter(tenant.ref())) {
            for (DefaultAgencies.Template t : DefaultAgencies.ALL) {
                if (agencies.findByCode(t.code()).isEmpty()) {
                    agencies.add(new Agency(t.code(), t.name(), clock.instant()));
                }
            }
            var em = data.em();
            for (Map.Entry<String, String> e : DefaultSettings.forTenant(tenant).entrySet()) {
                boolean present = !em.createQuery("SELECT s FROM TenantSetting s WHERE s.name = :n", TenantSetting.class)
                        .setParameter("n", e.getKey()).getResultList().isEmpty();
                if (!present) {
                    em.persist(new TenantSetting(e.getKey(), e.getValue()));
                }
            }
            holidays.offerNational(NationalHolidays.all());
            categories.addMissingDefaults(clock.instant());
            tenant.activate(orgId, clock.instant());
            em.flush();
        }
        return tenant;
    }

    /** Best effort: removes what this call created; a failure here is logged and left for a retry to finish. */
    private void undo(Tenant tenant, boolean tenantCreated, Ensured<String> org, Ensured<StaffAccount> admin,
            RuntimeException cause) {
        LOG.log(Level.WARNING, "Provisioning of " + tenant.slug() + " failed; undoing", cause);
        try {
            if (admin != null && admin.created()) {
                identity.deleteUser(admin.value().id());
            }
            if (org != null && org.created()) {
                identity.deleteOrganization(org.value());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not undo identity records of " + tenant.slug()
                    + "; a retry of the same request will reuse them", e);
        }
        if (tenantCreated) {
            // The last step commits agencies, settings and activation together, so a tenant that failed owns no rows.
            tx.runInNew(() -> tenants.find(tenant.id()).ifPresent(tenants::remove));
        }
    }
}
