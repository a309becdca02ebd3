package id.pendopo.ui.complaint;

import id.pendopo.agency.Agency;
import id.pendopo.agency.AgencyRepository;
import id.pendopo.complaint.Attachment;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintCategories;
import id.pendopo.complaint.ComplaintCategory;
import id.pendopo.complaint.ComplaintCursor;
import id.pendopo.complaint.ComplaintFilter;
import id.pendopo.complaint.ComplaintHandoff;
import id.pendopo.complaint.ComplaintHandoffs;
import id.pendopo.complaint.ComplaintQueries;
import id.pendopo.complaint.ComplaintRepository;
import id.pendopo.complaint.ComplaintStatus;
import id.pendopo.complaint.DuplicateHints;
import id.pendopo.complaint.TrackingId;
import id.pendopo.region.Region;
import id.pendopo.region.RegionDirectory;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.Transactions;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantAdministration;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantRepository;
import id.pendopo.tenancy.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The reads the complaint screens need, each in a transaction of its own (the queries and repositories of the
 * core expect one). Acts go straight to {@link id.pendopo.complaint.ComplaintDesk} and
 * {@link id.pendopo.complaint.ComplaintIntake}, which open their own.
 */
@ApplicationScoped
public class ComplaintConsole {

    /** The inbox's counters: complaints waiting for verification, and those past a deadline. */
    public record Counts(long received, long overdue) {
    }

    @Inject
    Transactions tx;
    @Inject
    ComplaintQueries queries;
    @Inject
    ComplaintRepository complaints;
    @Inject
    ComplaintCategories categories;
    @Inject
    AgencyRepository agencies;
    @Inject
    RegionDirectory regions;
    @Inject
    DuplicateHints duplicateHints;
    @Inject
    TenantAdministration tenants;
    @Inject
    ComplaintHandoffs handoffs;
    @Inject
    TenantRepository regencies;

    public Tenant tenant() {
        return tenants.get(TenantContext.require().slug());
    }

    /**
     * The platform's other active regencies, by name: where a report can be forwarded. Chosen from a list, not typed:
     * a typo that happens to be another regency's slug would hand the report, its reporter and files there.
     */
    public List<Tenant> otherRegencies() {
        String own = TenantContext.require().id();
        return tx.inNew(() -> regencies.search(null, TenantStatus.ACTIVE, 0, 1000)).stream()
                .filter(t -> !t.id().equals(own)).sorted(Comparator.comparing(Tenant::name)).toList();
    }

    public ZoneId zone() {
        return tenant().timeZone().zone();
    }

    public List<Complaint> range(ComplaintFilter filter, ComplaintQueries.Order order, int offset, int limit) {
        return tx.inNew(() -> forAgency(filter, queries.range(filter, order, offset, limit)));
    }

    /** Where words are looked for from, when {@code filter} reads only the newest complaints for them. */
    public Optional<Instant> searchWindowStart(ComplaintFilter filter) {
        return tx.inNew(() -> queries.searchWindowStart(filter));
    }

    public ComplaintQueries.Slice page(ComplaintFilter filter, ComplaintQueries.Order order, ComplaintCursor after,
            int limit) {
        return tx.inNew(() -> {
            ComplaintQueries.Slice slice = queries.page(filter, order, after, limit);
            forAgency(filter, slice.items());
            return slice;
        });
    }

    /**
     * An agency's list reads its own dispositions (overdue means late with that agency's answer,
     * {@link Complaint#isOverdueFor}): loaded here, in the transaction, not lazily from the screen afterwards.
     */
    private static List<Complaint> forAgency(ComplaintFilter filter, List<Complaint> rows) {
        if (filter.agencyId() != null) {
            rows.forEach(c -> c.dispositions().size());
        }
        return rows;
    }

    /**
     * What the inbox and the menu count: for the regency's coordinators the reports waiting for verification; for an
     * agency's officers the complaints waiting for that agency's answer (a RECEIVED report has no agency yet). Both
     * with the overdue ones by the same rule as the list.
     */
    public Counts counts(Long agencyId) {
        return tx.inNew(() -> new Counts(agencyId == null
                ? queries.count(ComplaintFilter.ALL.withStatuses(Set.of(ComplaintStatus.RECEIVED)))
                : queries.awaitingAnswerOf(agencyId),
                queries.count(new ComplaintFilter(null, null, agencyId, null, true, null, null, null, null, false))));
    }

    /** The complaint with its timeline, conversation, dispositions and attachment list loaded. */
    public Complaint load(TrackingId id) {
        return tx.inNew(() -> {
            Complaint c = complaints.require(id);
            c.events().size();
            c.messages().size();
            c.dispositions().size();
            c.attachments().forEach(Attachment::fileName);
            return c;
        });
    }

    /** Where this regency forwarded the complaint, and whether the other regency has it yet. */
    public Optional<ComplaintHandoff> handoffOf(TrackingId id) {
        return tx.inNew(() -> handoffs.of(id));
    }

    /** The hand-off that brought the complaint here from another regency, if one did. */
    public Optional<ComplaintHandoff> handoffInto(TrackingId id) {
        return tx.inNew(() -> handoffs.madeInto(id));
    }

    /** Right after a forwarding: the other regency gets its copy now (the complaint sweep retries a failure). */
    public void handOver(TrackingId id) {
        handoffs.deliverNow(id);
    }

    public List<DuplicateHints.Hint> hints(TrackingId id) {
        return tx.inNew(() -> duplicateHints.of(complaints.require(id)));
    }

    /** The bytes of one attachment of a complaint, read when the browser asks for them. */
    public Attachment attachment(TrackingId id, long attachmentId) {
        return tx.inNew(() -> {
            Attachment a = complaints.require(id).attachments().stream().filter(x -> x.id() == attachmentId)
                    .findFirst().orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
            a.content();
            return a;
        });
    }

    public List<ComplaintCategory> categories() {
        return tx.inNew(categories::all);
    }

    public List<Agency> agencies() {
        return tx.inNew(agencies::all);
    }

    /** The agency an agency officer is restricted to; refuses an officer without a known agency. */
    public Optional<Agency> agencyScope(StaffUser user) {
        return user.agencyOfficer() ? AgencyScope.of(user, agencies()) : Optional.empty();
    }

    public List<Region> districts() {
        String kode = tenant().kode();
        return tx.inNew(() -> regions.childrenOf(kode));
    }

    public List<Region> villages(String districtCode) {
        return tx.inNew(() -> regions.childrenOf(districtCode));
    }

    public Optional<Region> region(String kode) {
        return kode == null ? Optional.empty() : tx.inNew(() -> regions.find(kode));
    }

    public Map<String, String> categoryNames() {
        Map<String, String> names = new LinkedHashMap<>();
        categories().forEach(c -> names.put(c.code(), c.name()));
        return names;
    }

    public Map<String, String> districtNames() {
        Map<String, String> names = new LinkedHashMap<>();
        districts().forEach(r -> names.put(r.kode(), r.nama()));
        return names;
    }
}
