package id.pendopo.complaint;

import id.pendopo.calendar.SlaPolicy;
import id.pendopo.calendar.WorkingCalendars;
import id.pendopo.region.RegionDirectory;
import id.pendopo.shared.Transactions;
import id.pendopo.shared.Validation;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

/**
 * Receives reports into the current tenant, whatever the channel: the public API, Open311, or staff typing in a
 * phone call or a walk-in. A report is checked completely before anything is stored (category, the district and
 * village within the tenant's regency, attachments), then the complaint, its files and its first timeline entry
 * are stored in one transaction with its tracking id and verification deadline. The tenant, its categories, its
 * regions and its calendar are read through short-lived caches (see {@code pendopo.cache.seconds}), because every
 * report needs them and they rarely change.
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
    TenantAccess access;
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
            TenantAccess access, WorkingCalendars calendars, TrackingIds trackingIds, Transactions transactions,
            Clock clock, Event<ComplaintChanged> changes) {
        this.complaints = complaints;
        this.categories = categories;
        this.regions = regions;
        this.access = access;
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
     * Receives a report in one transaction of its own, and runs {@code alsoInTransaction} (for example remembering
     * an idempotent request) in it, so both are stored or neither.
     *
     * <p>Everything that needs no database runs before the transaction: the report's own rules, the files, the
     * secret's hash. The tracking number is taken only after the tenant's rules passed, from the block {@link TrackingIds} holds in memory, so concurrent reports do not queue on the year's
     * sequence. When the block is used up, the transaction is rolled back before anything was written, a block is
     * reserved outside it, and the transaction runs again. A report that fails after numbering leaves its number
     * unused: ids are unique, not gapless.
     */
    public <T> T submit(NewComplaint report, List<Upload> files, Actor receivedBy, Function<Receipt, T> alsoInTransaction) {
        return submit(report, files, receivedBy, null, alsoInTransaction);
    }

    /** As {@link #submit(NewComplaint, List, Actor, Function)}, with {@code note} as the first timeline entry's, for staff. */
    public <T> T submit(NewComplaint report, List<Upload> files, Actor receivedBy, String note,
            Function<Receipt, T> alsoInTransaction) {
        Complaint.check(report);
        List<AttachmentPolicy.Accepted> accepted = AttachmentPolicy.accept(files);
        String secret = TrackingSecret.generate();
        return receive(report, accepted, receivedBy, secret, TrackingSecret.hash(secret), note, true, alsoInTransaction);
    }

    /**
     * Receives a report another regency of the platform forwarded here (pelimpahan), in one transaction of its own
     * with {@code alsoInTransaction}. The report keeps the reporter's secret ({@code secretHash}): the reporter
     * follows the new tracking id with the secret they already hold, and the receipt carries none. Its location
     * names this regency ({@link ComplaintHandoffs} builds it) and is not checked against the kecamatan; the
     * category must be active here. The files come as the forwarding regency accepted and cleaned them. The
     * {@code note} is the first timeline entry's, for staff.
     */
    public <T> T receiveForwarded(NewComplaint report, List<AttachmentPolicy.Accepted> files, TrackingSecret secretHash,
            Actor from, String note, Function<Receipt, T> alsoInTransaction) {
        Complaint.check(report);
        return receive(report, files, from, null, secretHash, note, false, alsoInTransaction);
    }

    private <T> T receive(NewComplaint report, List<AttachmentPolicy.Accepted> accepted, Actor receivedBy,
            String secret, TrackingSecret hash, String note, boolean checkLocation, Function<Receipt, T> alsoInTransaction) {
        // Stored as DATETIME(6): the receipt shows the instant as it is stored.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Tenant tenant = access.snapshot(TenantContext.require().id());
        int year = now.atZone(tenant.timeZone().zone()).getYear();
        trackingIds.prepare(year);
        for (;;) {
            try {
                return transactions.inNew(() -> {
                    checkAgainstTenant(report, tenant, checkLocation);
                    TrackingId trackingId = trackingIds.take(tenant.trackingPrefix(), year)
                            .orElseThrow(OutOfNumbers::new);
                    return alsoInTransaction.apply(store(report, accepted, receivedBy, secret, hash, note, trackingId, now));
                });
            } catch (OutOfNumbers e) {
                trackingIds.refill(year);
            }
        }
    }

    /** This application's block of tracking numbers is used up; nothing was written yet. */
    private static final class OutOfNumbers extends RuntimeException {
        OutOfNumbers() {
            super("The block of tracking numbers is used up", null, false, false);
        }
    }

    private Receipt store(NewComplaint report, List<AttachmentPolicy.Accepted> files, Actor receivedBy, String secret,
            TrackingSecret secretHash, String note, TrackingId trackingId, Instant now) {
        String tenantId = TenantContext.require().id();
        SlaPolicy policy = calendars.slaPolicy();
        Instant due = policy.verificationDue(now);
        Complaint complaint = Complaint.receive(trackingId, report, secretHash, receivedBy, now, due, note);
        complaint.deadlineCountedIn(policy.verificationDays());
        complaint.attach(files, now);
        complaints.add(complaint);
        complaints.flush();
        if (changes != null) {
            changes.fire(ComplaintChanged.of(tenantId, complaint));
        }
        return new Receipt(complaint.id(), trackingId, secret, now, due);
    }

    /** The rules that need the tenant's data, all reported together; the location only when {@code checkLocation}. */
    private void checkAgainstTenant(NewComplaint report, Tenant tenant, boolean checkLocation) {
        Validation v = new Validation();
        if (report.categoryCode() != null && !report.categoryCode().isBlank()) {
            boolean known = categories.isActive(report.categoryCode());
            v.require(known, "categoryCode", "is not an active complaint category of this regency: '"
                    + report.categoryCode() + "'");
        }
        if (checkLocation) {
            RegencyPlaces.check(report.location(), tenant, regions, v);
        }
        v.throwIfInvalid();
    }
}
