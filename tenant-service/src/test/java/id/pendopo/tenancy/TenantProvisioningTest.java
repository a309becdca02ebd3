package id.pendopo.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.agency.AgencyRepository;
import id.pendopo.agency.DefaultAgencies;
import id.pendopo.identity.IdentityUnavailableException;
import id.pendopo.region.RegionDirectory;
import id.pendopo.region.RegionImporter;
import id.pendopo.testing.LocalTransactions;
import id.pendopo.shared.ConflictException;
import id.pendopo.shared.ValidationException;
import id.pendopo.testing.Database;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Provisioning completes, or leaves nothing half-made, and a retry of the same request finishes the job. */
class TenantProvisioningTest {

    private static final Instant NOW = Instant.parse("2026-11-28T01:00:00Z");

    private Database db;
    private EntityManager em;
    private FakeIdentityDirectory identity;
    private TenantProvisioning provisioning;

    @BeforeEach
    void wire() throws Exception {
        db = new Database();
        try (Connection c = db.dataSource().getConnection()) {
            RegionImporter.importCsv(c, new StringReader("""
                    kode,nama,level
                    12,Sumatera Utara,1
                    12.05,Kabupaten Langkat,2
                    12.05.01,Bahorok,3
                    51,Bali,1
                    51.71,Kota Denpasar,2
                    """));
        }
        em = db.newEntityManager();
        identity = new FakeIdentityDirectory();
        provisioning = new TenantProvisioning();
        provisioning.tenants = new TenantRepository(em);
        provisioning.regions = new RegionDirectory(em);
        provisioning.identity = identity;
        provisioning.data = new TenantData(em);
        provisioning.agencies = new AgencyRepository(provisioning.data);
        provisioning.holidays = new id.pendopo.calendar.HolidayCalendar(provisioning.data);
        provisioning.categories = new id.pendopo.complaint.ComplaintCategories(provisioning.data);
        provisioning.tx = new LocalTransactions(em);
        provisioning.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @AfterEach
    void close() throws Exception {
        em.close();
        db.close();
    }

    @Test
    void provisioningCreatesAnActiveTenantWithOrganizationAdminAgenciesAndSettings() throws Exception {
        ProvisionedTenant result = provisioning.provision(NewTenantTest.langkat("12.05", "langkat", "admin@langkatkab.go.id"));

        Tenant t = result.tenant();
        assertThat(t.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(t.name()).isEqualTo("Kabupaten Langkat");
        assertThat(t.provinceName()).isEqualTo("Sumatera Utara");
        assertThat(t.timeZone()).isEqualTo(RegionalTime.WIB);
        assertThat(t.identityOrgId()).isEqualTo("org-langkat");
        assertThat(result.admin().username()).isEqualTo("admin.langkat");
        assertThat(result.admin().temporaryPassword()).isNotBlank();
        assertThat(rows("SELECT COUNT(*) FROM agency WHERE tenant_id = '" + t.id() + "'")).isEqualTo(DefaultAgencies.ALL.size());
        assertThat(rows("SELECT COUNT(*) FROM tenant_setting WHERE tenant_id = '" + t.id() + "'")).isEqualTo(3);
        assertThat(t.trackingPrefix()).isEqualTo("LKT");
        assertThat(rows("SELECT COUNT(*) FROM holiday WHERE tenant_id = '" + t.id() + "'"))
                .isEqualTo(id.pendopo.calendar.NationalHolidays.all().size());
    }

    @Test
    void aTenantInBaliGetsWitaFromItsProvince() {
        Tenant t = provisioning.provision(NewTenantTest.langkat("51.71", "denpasar", "admin@denpasarkota.go.id")).tenant();
        assertThat(t.timeZone()).isEqualTo(RegionalTime.WITA);
    }

    @Test
    void twoTenantsNeverShareATrackingPrefix() {
        Tenant lokot = provisioning.provision(NewTenantTest.langkat("12.05", "lokot", "a@b.id")).tenant();
        Tenant other = provisioning.provision(NewTenantTest.langkat("51.71", "lakut", "c@d.id")).tenant();
        assertThat(lokot.trackingPrefix()).isEqualTo("LKT");
        assertThat(other.trackingPrefix()).isEqualTo("LKU");
    }

    @Test
    void provisioningTheSameRequestAgainChangesNothing() throws Exception {
        provisioning.provision(NewTenantTest.langkat("12.05", "langkat", "admin@langkatkab.go.id"));
        ProvisionedTenant again = provisioning.provision(NewTenantTest.langkat("12.05", "langkat", "admin@langkatkab.go.id"));
        assertThat(again.created()).isFalse();
        assertThat(again.tenant().status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(rows("SELECT COUNT(*) FROM tenant")).isEqualTo(1);
        assertThat(rows("SELECT COUNT(*) FROM agency")).isEqualTo(DefaultAgencies.ALL.size());
        assertThat(identity.organizations).hasSize(1);
        assertThat(identity.accounts).hasSize(1);
    }

    @Test
    void whenTheIdentityProviderFailsHalfwayNothingIsLeftBehind() throws Exception {
        identity.failAt = "ensureTenantAdmin";
        assertThatThrownBy(() -> provisioning.provision(NewTenantTest.langkat("12.05", "langkat", "admin@langkatkab.go.id")))
                .isInstanceOf(IdentityUnavailableException.class);
        assertThat(rows("SELECT COUNT(*) FROM tenant")).isZero();
        assertThat(rows("SELECT COUNT(*) FROM agency")).isZero();
        assertThat(identity.organizations).isEmpty();
        assertThat(identity.accounts).isEmpty();

        identity.failAt = null;
        assertThat(provisioning.provision(NewTenantTest.langkat("12.05", "langkat", "admin@langkatkab.go.id"))
                .tenant().status()).isEqualTo(TenantStatus.ACTIVE);
    }

    @Test
    void aRetryAfterACrashResumesTheHalfMadeTenant() throws Exception {
        // A crash right after the organization was made: the tenant row stays PROVISIONING, the org exists.
        em.getTransaction().begin();
        Tenant half = new Tenant("12.05", "langkat", "Kabupaten Langkat", "12", "Sumatera Utara", RegionalTime.WIB,
                java.util.Locale.forLanguageTag("id"), new Branding("Kabupaten Langkat", null, null), new Contact(null, null, null), NOW);
        em.persist(half);
        em.getTransaction().commit();
        em.clear();
        identity.ensureOrganization("langkat", "Kabupaten Langkat");

        ProvisionedTenant done = provisioning.provision(NewTenantTest.langkat("12.05", "langkat", "admin@langkatkab.go.id"));
        assertThat(done.tenant().id()).isEqualTo(half.id());
        assertThat(done.tenant().status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(identity.organizations).hasSize(1);
        assertThat(rows("SELECT COUNT(*) FROM agency")).isEqualTo(DefaultAgencies.ALL.size());
    }

    @Test
    void aDuplicateSlugOrCodeIsRefusedAndTouchesNothing() throws Exception {
        provisioning.provision(NewTenantTest.langkat("12.05", "langkat", "admin@langkatkab.go.id"));
        identity.calls.clear();
        assertThatThrownBy(() -> provisioning.provision(NewTenantTest.langkat("51.71", "langkat", "a@b.id")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("slug 'langkat'");
        assertThatThrownBy(() -> provisioning.provision(NewTenantTest.langkat("12.05", "langkat-baru", "a@b.id")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("12.05");
        assertThat(identity.calls).isEmpty();
        assertThat(rows("SELECT COUNT(*) FROM tenant")).isEqualTo(1);
    }

    @Test
    void anUnknownRegionOrADistrictCodeIsRefused() throws Exception {
        assertThatThrownBy(() -> provisioning.provision(NewTenantTest.langkat("12.99", "entah", "a@b.id")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("kode");
        assertThat(rows("SELECT COUNT(*) FROM tenant")).isZero();
        assertThat(identity.calls).isEmpty();
    }

    private long rows(String sql) throws Exception {
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Resource-local stand-in for the container's REQUIRES_NEW transactions. */
}
