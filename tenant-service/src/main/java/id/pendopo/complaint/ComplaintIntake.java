package id.pendopo.complaint;

import id.pendopo.calendar.WorkingCalendars;
import id.pendopo.region.Region;
import id.pendopo.region.RegionDirectory;
import id.pendopo.region.RegionLevel;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.Transactions;
import id.pendopo.shared.Validation;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Receives reports into the current tenant, whatever the channel: the public API, Open311, or staff typing in a
 * phone call or a walk-in. A report is checked completely before anything is stored (category, the district and
 * village within the tenant's regency, attachments), then the complaint, its files and its first timeline entry
 * are stored in one transaction with its tracking id and verification deadline.
 */
@ApplicationScoped
public class ComplaintIntake {

    /** What the reporter gets back: the tracking id, the secret for later acts (shown once), and the deadline. */
    public record Receipt(long complaintId, TrackingId trackingId, String trackingSecret, Instant receivedAt,
            Instant verificationDueAt) {
    }

    @Inject
    ComplaintRepository complaints;
    @Inject
    ComplaintCategories categories;
    @Inject
    RegionDirectory regions;
    @Inject
    TenantRepository tenants;
    @Inject
    WorkingCalendars calendars;
    @Inject
    TrackingIds trackingIds;
    @Inject
    Transactions transactions;
    @Inject
    Clock clock;
    @Inject
    Event<ComplaintChanged> changes;

    public ComplaintIntake() {
    }

    /** For tools and tests outside a container; {@code changes} may be null. */
    public ComplaintIntake(ComplaintRepository complaints, ComplaintCategories categories, RegionDirectory regions,
            TenantRepository tenants, WorkingCalendars calendars, TrackingIds trackingIds, Transactions transactions,
            Clock clock, Event<ComplaintChanged> changes) {
        this.complaints = complaints;
        this.categories = categories;
        this.regions = regions;
        this.tenants = tenants;
        this.calendars = calendars;
        this.trackingIds = trackingIds;
        this.transactions = transactions;
        this.clock = clock;
        this.changes = changes;
    }

    /** Receives a report in a transaction of its own. */
    public Receipt submit(NewComplaint report, List<Upload> files, Actor receivedBy) {
        return submit(report, files, receivedBy, receipt -> receipt);
    }

    /**
     * Receives a report in a transaction of its own, and runs {@code alsoInTransaction} (for example remembering
     * an idempotent request) in the same transaction, so both are stored or neither.
     *
     * <p>The tracking number is taken first, in a short transaction of its own: the year's sequence row is locked
     * only for that, not while the complaint, its files and its events are written, so a tenant's concurrent
     * reports do not queue behind each other's whole intake. A report that fails after that leaves a gap in the
     * numbers, never a half-stored complaint. If the report is the first of a year and races another for the
     * year's new sequence row, the numbering runs once more.
     */
    public <T> T submit(NewComplaint report, List<Upload> files, Actor receivedBy, Function<Receipt, T> alsoInTransaction) {
        // Refuse a bad report and bad files before taking a tracking number.
        Complaint.check(report);
        List<AttachmentPolicy.Accepted> accepted = AttachmentPolicy.accept(files);
        // The secret's hash is slow on purpose (PBKDF2): compute it before any transaction.
        String secret = TrackingSecret.generate();
        TrackingSecret hash = TrackingSecret.hash(secret);
        // Stored as DATETIME(6): the receipt shows the instant as it is stored.
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        TrackingId trackingId = number(report, now);
        return transactions.inNew(() -> alsoInTransaction.apply(store(report, accepted, receivedBy, secret, hash,
                trackingId, now)));
    }

    /** Checks the report against the tenant's data, then takes its tracking number; both in a short transaction. */
    private TrackingId number(NewComplaint report, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transactions.inNew(() -> {
                    Tenant tenant = currentTenant();
                    checkAgainstTenant(report, tenant);
                    int year = now.atZone(tenant.timeZone().zone()).getYear();
                    return trackingIds.next(tenant.trackingPrefix(), year);
                });
            } catch (TrackingIds.RaceLost e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
    }

    private Receipt store(NewComplaint report, List<AttachmentPolicy.Accepted> files, Actor receivedBy, String secret,
            TrackingSecret secretHash, TrackingId trackingId, Instant now) {
        String tenantId = TenantContext.require().id();
        Instant due = calendars.slaPolicy().verificationDue(now);
        Complaint complaint = Complaint.receive(trackingId, report, secretHash, receivedBy, now, due);
        complaint.attach(files, now);
        complaints.add(complaint);
        complaints.flush();
        if (changes != null) {
            changes.fire(ComplaintChanged.of(tenantId, complaint));
        }
        return new Receipt(complaint.id(), trackingId, secret, now, due);
    }

    private Tenant currentTenant() {
        String tenantId = TenantContext.require().id();
        return tenants.find(tenantId).orElseThrow(() -> new NotFoundException("Tenant", tenantId));
    }

    /** The rules that need the tenant's data, all reported together. */
    private void checkAgainstTenant(NewComplaint report, Tenant tenant) {
        Validation v = new Validation();
        if (report.categoryCode() != null && !report.categoryCode().isBlank()) {
            boolean known = categories.find(report.categoryCode()).filter(ComplaintCategory::active).isPresent();
            v.require(known, "categoryCode", "is not an active complaint category of this regency: '"
                    + report.categoryCode() + "'");
        }
        Location where = report.location();
        if (where != null && where.districtCode() != null && !where.districtCode().isBlank()) {
            Optional<Region> district = regions.find(where.districtCode())
                    .filter(r -> r.level() == RegionLevel.DISTRICT && tenant.kode().equals(r.parentKode()));
            v.require(district.isPresent(), "location.districtCode", "is not a kecamatan of " + tenant.name()
                    + ": '" + where.districtCode() + "'");
            if (district.isPresent() && where.villageCode() != null && !where.villageCode().isBlank()) {
                boolean inDistrict = regions.find(where.villageCode())
                        .filter(r -> r.level() == RegionLevel.VILLAGE && where.districtCode().equals(r.parentKode()))
                        .isPresent();
                v.require(inDistrict, "location.villageCode", "is not a desa/kelurahan of kecamatan "
                        + district.get().nama() + ": '" + where.villageCode() + "'");
            }
        }
        v.throwIfInvalid();
    }
}
