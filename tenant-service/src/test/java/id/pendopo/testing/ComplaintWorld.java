package id.pendopo.testing;

import id.pendopo.agency.Agency;
import id.pendopo.agency.AgencyRepository;
import id.pendopo.calendar.HolidayCalendar;
import id.pendopo.calendar.NationalHolidays;
import id.pendopo.calendar.SlaSettings;
import id.pendopo.calendar.WorkingCalendars;
import id.pendopo.complaint.Channel;
import id.pendopo.complaint.ComplaintCategories;
import id.pendopo.complaint.ComplaintType;
import id.pendopo.complaint.Location;
import id.pendopo.complaint.NewComplaint;
import id.pendopo.complaint.Reporter;
import id.pendopo.complaint.ComplaintChanged;
import id.pendopo.complaint.ComplaintReplied;
import id.pendopo.complaint.ComplaintDesk;
import id.pendopo.complaint.ComplaintHandoffs;
import id.pendopo.complaint.ComplaintIntake;
import id.pendopo.complaint.ComplaintQueries;
import id.pendopo.complaint.ComplaintRepository;
import id.pendopo.complaint.ComplaintTracking;
import id.pendopo.complaint.TrackingIds;
import id.pendopo.idempotency.IdempotentRequests;
import id.pendopo.shared.PlatformKey;
import id.pendopo.region.RegionDirectory;
import id.pendopo.region.RegionImporter;
import id.pendopo.tenancy.DefaultSettings;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import id.pendopo.tenancy.TenantRef;
import id.pendopo.tenancy.TenantAccess;
import id.pendopo.tenancy.TenantRepository;
import id.pendopo.tenancy.TenantSetting;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Two active regencies (Langkat, prefix LKT, and Medan, prefix MDN) with regions, agencies, settings, national
 * holidays and default categories, and the complaint services wired on one resource-local EntityManager with a
 * clock the test moves. Services run in {@link #tx}; the Langkat tenant is entered unless a test enters another.
 */
public final class ComplaintWorld implements AutoCloseable {

    public static final Instant START = Instant.parse("2026-12-01T02:00:00Z"); // Tuesday 09:00 WIB

    public final Database db = new Database();
    public final EntityManager em;
    public final MutableClock clock = new MutableClock(START);
    public final LocalTransactions tx;
    public final TenantData data;
    public final TenantRef langkat;
    public final TenantRef medan;
    public final List<ComplaintChanged> changes = new ArrayList<>();
    public final List<ComplaintReplied> replies = new ArrayList<>();
    public final ComplaintRepository complaints;
    public final ComplaintCategories categories;
    public final AgencyRepository agencies;
    public final HolidayCalendar holidays;
    public final SlaSettings sla;
    public final ComplaintIntake intake;
    public final ComplaintHandoffs handoffs;
    public final ComplaintDesk desk;
    public final ComplaintTracking tracking;
    public final ComplaintQueries queries;
    public final IdempotentRequests idempotent;
    private final TenantContext.Scope scope;

    public ComplaintWorld() throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            RegionImporter.importCsv(c, new StringReader("""
                    kode,nama,level
                    12,Sumatera Utara,1
                    12.05,Kabupaten Langkat,2
                    12.05.01,Bahorok,3
                    12.05.01.1001,Pekan Bahorok,4
                    12.05.01.2002,Lau Damak,4
                    12.05.02,Salapian,3
                    12.05.02.2001,Minta Kasih,4
                    12.71,Kota Medan,2
                    12.71.01,Medan Tuntungan,3
                    """));
        }
        em = db.newEntityManager();
        tx = new LocalTransactions(em);
        data = new TenantData(em);
        TenantRepository tenants = new TenantRepository(em);
        langkat = activeTenant(tenants, "12.05", "langkat", "LKT");
        medan = activeTenant(tenants, "12.71", "medan", "MDN");
        complaints = new ComplaintRepository(data);
        categories = new ComplaintCategories(data, clock);
        agencies = new AgencyRepository(data);
        holidays = new HolidayCalendar(data);
        sla = new SlaSettings(data);
        WorkingCalendars calendars = new WorkingCalendars(data, tenants);
        var events = new RecordingEvent<>(changes);
        TenantAccess access = new TenantAccess(tenants, clock, java.time.Duration.ZERO);
        intake = new ComplaintIntake(complaints, categories, new RegionDirectory(em), access, calendars,
                new TrackingIds(data, tx, 1), tx, clock, events);
        handoffs = new ComplaintHandoffs(em, tenants, complaints, categories, new RegionDirectory(em), intake, tx, clock);
        desk = new ComplaintDesk(complaints, agencies, calendars, clock, events, new RecordingEvent<>(replies), access,
                handoffs, new RegionDirectory(em));
        tracking = new ComplaintTracking(tenants, null, complaints, calendars, clock, events);
        queries = new ComplaintQueries(data, clock);
        idempotent = new IdempotentRequests(data, new PlatformKey(new byte[32]));
        scope = TenantContext.enter(langkat);
    }

    private TenantRef activeTenant(TenantRepository tenants, String kode, String slug, String prefix) {
        Tenant t = TestTenants.tenant(kode, slug);
        t.assignTrackingPrefix(prefix);
        t.activate("org-" + slug, START);
        tx.runInNew(() -> tenants.add(t));
        try (TenantContext.Scope s = TenantContext.enter(t.ref())) {
            tx.runInNew(() -> {
                EntityManager bound = data.em();
                DefaultSettings.forTenant(t).forEach((k, v) -> bound.persist(new TenantSetting(k, v)));
                new HolidayCalendar(data).addMissing(NationalHolidays.all());
                new ComplaintCategories(data).addMissingDefaults(START);
                bound.persist(new Agency("DPUPR", "Dinas Pekerjaan Umum", START));
                bound.persist(new Agency("DLH", "Dinas Lingkungan Hidup", START));
            });
        }
        return t.ref();
    }

    /** A typical report: a pothole in Langkat, with a reporter who gave name, phone and email. */
    public static NewComplaint pothole(String district, String village) {
        return new NewComplaint(ComplaintType.PENGADUAN, "INFRASTRUKTUR", "Jalan berlubang di depan SD",
                "Lubang besar di jalan desa, sudah dua motor jatuh.", new Location(district, village, "Jl. Sekolah 3", 3.59, 98.67),
                Channel.API, new Reporter("Rina", "0812000111", "rina@example.id"), null);
    }

    /** Runs {@code work} in a committed transaction of the current tenant. */
    public <T> T inTx(Supplier<T> work) {
        return tx.inNew(work);
    }

    public long agencyId(String code) {
        return inTx(() -> agencies.findByCode(code).orElseThrow().id());
    }

    @Override
    public void close() throws Exception {
        scope.close();
        em.close();
        db.close();
    }
}
