package id.pendopo.open311;

import id.pendopo.agency.Agency;
import id.pendopo.agency.AgencyRepository;
import id.pendopo.complaint.Actor;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintCategories;
import id.pendopo.complaint.ComplaintCategory;
import id.pendopo.complaint.ComplaintEventType;
import id.pendopo.complaint.ComplaintFilter;
import id.pendopo.complaint.ComplaintIntake;
import id.pendopo.complaint.ComplaintQueries;
import id.pendopo.complaint.ComplaintRepository;
import id.pendopo.complaint.ComplaintStatus;
import id.pendopo.complaint.ComplaintType;
import id.pendopo.complaint.NewComplaint;
import id.pendopo.complaint.PrivacyMode;
import id.pendopo.complaint.TrackingId;
import id.pendopo.notification.IndonesianDates;
import id.pendopo.open311key.Open311ApiKey;
import id.pendopo.open311key.InvalidApiKeyException;
import id.pendopo.open311key.Open311ApiKeys;
import id.pendopo.region.RegionDirectory;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.Transactions;
import id.pendopo.shared.Validation;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.RegionalTime;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantAccess;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Open311 GeoReport v2 for the current tenant: its services, one service's definition, posting a request, and
 * reading requests. The caller (the Open311 endpoint) enters the jurisdiction's tenant first; reads run in a
 * transaction because the tenant binding of the EntityManager lives as long as the transaction.
 *
 * <p>Lists follow the specification's limits: without dates they cover the last {@value #DEFAULT_DAYS} days, and
 * a page holds at most {@value #MAX_PAGE_SIZE} requests ({@value #DEFAULT_PAGE_SIZE} unless the client asks with
 * {@code page_size}).
 */
@ApplicationScoped
public class GeoReport {

    public static final int DEFAULT_DAYS = 90;
    /** The specification's default: "the first 1000 requests" of the last 90 days. */
    public static final int DEFAULT_PAGE_SIZE = 1000;
    public static final int MAX_PAGE_SIZE = 1000;
    public static final int MAX_IDS = 1000;

    @Inject
    ComplaintCategories categories;
    @Inject
    RegionDirectory regions;
    @Inject
    ComplaintQueries queries;
    @Inject
    ComplaintRepository complaints;
    @Inject
    AgencyRepository agencies;
    @Inject
    ComplaintIntake intake;
    @Inject
    Open311ApiKeys keys;
    @Inject
    TenantAccess access;
    @Inject
    TenantData data;
    @Inject
    Transactions transactions;
    @Inject
    Clock clock;

    public GeoReport() {
    }

    /** For tools and tests outside a container. */
    public GeoReport(ComplaintCategories categories, RegionDirectory regions, ComplaintQueries queries,
            ComplaintRepository complaints, AgencyRepository agencies, ComplaintIntake intake, Open311ApiKeys keys,
            TenantAccess access, TenantData data, Transactions transactions, Clock clock) {
        this.categories = categories;
        this.regions = regions;
        this.queries = queries;
        this.complaints = complaints;
        this.agencies = agencies;
        this.intake = intake;
        this.keys = keys;
        this.access = access;
        this.data = data;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The active categories, by name. */
    @Transactional
    public List<Service> services() {
        return categories.active().stream().map(Service::of).toList();
    }

    /**
     * The attributes a request for {@code serviceCode} takes: the kecamatan (required, one of the regency's), the
     * desa/kelurahan, the LAPOR! type and the privacy the reporter wants. Not found unless the service is active.
     */
    @Transactional
    public ServiceDefinition definition(String serviceCode) {
        ComplaintCategory category = activeService(serviceCode);
        List<ServiceAttribute.Value> districts = regions.childrenOf(tenant().kode()).stream()
                .map(r -> new ServiceAttribute.Value(r.kode(), r.nama())).toList();
        return new ServiceDefinition(category.code(), List.of(
                new ServiceAttribute(true, NewServiceRequest.DISTRICT, "singlevaluelist", true,
                        "Kemendagri code of the kecamatan", 1,
                        "Kecamatan (district) where the matter is", districts),
                new ServiceAttribute(true, NewServiceRequest.VILLAGE, "string", false,
                        "Kemendagri code of a desa/kelurahan of the chosen kecamatan, e.g. 12.05.01.2002", 2,
                        "Desa/kelurahan (village) where the matter is", List.of()),
                new ServiceAttribute(true, NewServiceRequest.COMPLAINT_TYPE, "singlevaluelist", false,
                        "One of the keys; PENGADUAN when not sent", 3, "Kind of report (LAPOR! SP4N)",
                        List.of(new ServiceAttribute.Value(ComplaintType.PENGADUAN.name(), "Pengaduan (complaint)"),
                                new ServiceAttribute.Value(ComplaintType.ASPIRASI.name(), "Aspirasi (proposal)"),
                                new ServiceAttribute.Value(ComplaintType.PERMINTAAN_INFORMASI.name(),
                                        "Permintaan informasi (request for information)"))),
                new ServiceAttribute(true, NewServiceRequest.PRIVACY, "singlevaluelist", false,
                        "One of the keys; ANONYMOUS when not sent", 4,
                        "Who may see the report: PUBLIC publishes it with the reporter's name, ANONYMOUS without it, "
                                + "CONFIDENTIAL not at all",
                        List.of(new ServiceAttribute.Value(PrivacyMode.ANONYMOUS.name(), "Anonim (anonymous)"),
                                new ServiceAttribute.Value(PrivacyMode.CONFIDENTIAL.name(), "Rahasia (confidential)"),
                                new ServiceAttribute.Value(PrivacyMode.PUBLIC.name(), "Publik (public)")))));
    }

    /**
     * Receives a posted request as a complaint of channel OPEN311, after checking the key (403 for any key but an
     * active one of this regency), the service (404) and every field (400, all at once).
     */
    public AcceptedServiceRequest submit(String apiKey, NewServiceRequest request) {
        record Checked(NewComplaint report, Actor by) {
        }
        Checked checked = transactions.inNew(() -> {
            Open311ApiKey key = keys.verify(apiKey);
            if (!NewServiceRequest.present(request.serviceCode())) {
                throw ValidationException.of("service_code", "is required");
            }
            ComplaintCategory category = activeService(request.serviceCode());
            return new Checked(request.toNewComplaint(category), new Actor("open311:" + key.keyId(), key.name()));
        });
        ComplaintIntake.Receipt receipt;
        try {
            receipt = intake.submit(checked.report(), List.of(), checked.by(), request.receiptNote(), r -> r);
        } catch (ValidationException e) {
            throw NewServiceRequest.inOpen311Terms(e);
        }
        RegionalTime zone = transactions.inNew(() -> tenant().timeZone());
        String id = receipt.trackingId().value();
        // For people, as the reporter's e-mail says it; the instant itself is expected_datetime in GET requests.
        String notice = "Laporan diterima dengan nomor " + id + " dan akan diverifikasi paling lambat "
                + IndonesianDates.deadline(receipt.verificationDueAt(), zone) + ".";
        return new AcceptedServiceRequest(id, notice, NewServiceRequest.present(request.accountId())
                ? request.accountId().strip() : null);
    }

    /** One request, or not found: also for a CONFIDENTIAL one, whose existence is not published. */
    @Transactional
    public ServiceRequest request(String serviceRequestId) {
        return request(serviceRequestId, null);
    }

    /**
     * One request, or not found. A CONFIDENTIAL one is not found either, as in the tracking API, except for the client
     * that posted it, named by the {@code apiKey} it posted with: the POST answered it this id, and the specification
     * says the id works here. That client gets it {@link ServiceRequest#withheld withheld}: its status and receipt.
     */
    @Transactional
    public ServiceRequest request(String serviceRequestId, String apiKey) {
        return findFor(serviceRequestId, apiKey).map(c -> c.isListedPublicly() ? publish(List.of(c)).get(0)
                        : ServiceRequest.withheld(c, tenant().timeZone().zone()))
                .orElseThrow(() -> new NotFoundException("Service request", serviceRequestId));
    }

    /** The tracking id a token stands for; tokens are tracking ids here. */
    @Transactional
    public String requestIdOfToken(String token) {
        return requestIdOfToken(token, null);
    }

    /** As {@link #requestIdOfToken(String)}; a CONFIDENTIAL request's token works only with the key that posted it. */
    @Transactional
    public String requestIdOfToken(String token, String apiKey) {
        return findFor(token, apiKey).map(c -> c.trackingId().value())
                .orElseThrow(() -> new NotFoundException("Token", token));
    }

    /** The request of {@code id} if this caller may see it: any listed one, a CONFIDENTIAL one with its poster's key. */
    private Optional<Complaint> findFor(String id, String apiKey) {
        return find(id).filter(c -> c.isListedPublicly() || postedWith(c, apiKey));
    }

    /** Whether {@code apiKey} is the key {@code c} was posted with through Open311. */
    private boolean postedWith(Complaint c, String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return false;
        }
        try {
            String poster = "open311:" + keys.verify(apiKey.strip()).keyId();
            // The receipt by type, not position: another node's clock may place a later entry first.
            return c.events().stream().filter(e -> e.type() == ComplaintEventType.RECEIVED)
                    .findFirst().map(e -> e.actor().id().equals(poster)).orElse(false);
        } catch (InvalidApiKeyException notThisRegencysKey) {
            return false;
        }
    }

    /**
     * Requests, newest first. With {@code service_request_id} only those (the other parameters are ignored, as the
     * specification says); otherwise by service codes, received between the dates (inclusive), and by status.
     */
    @Transactional
    public List<ServiceRequest> requests(ServiceRequestQuery q) {
        if (NewServiceRequest.present(q.serviceRequestIds())) {
            List<String> ids = list(q.serviceRequestIds());
            if (ids.size() > MAX_IDS) {
                throw ValidationException.of("service_request_id", "takes at most " + MAX_IDS + " ids");
            }
            // One query for all of them, answered in the order asked.
            Map<String, Complaint> found = new HashMap<>();
            complaints.findByTrackingIds(ids.stream().filter(TrackingId::isValid).map(TrackingId::parse).toList())
                    .stream().filter(Complaint::isListedPublicly).forEach(c -> found.put(c.trackingId().value(), c));
            return publish(ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList());
        }
        ZoneId zone = tenant().timeZone().zone();
        int page = positive(q.page(), "page", 1, Integer.MAX_VALUE);
        int size = positive(q.pageSize(), "page_size", DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
        Instant start = date(q.startDate(), "start_date", zone, false);
        Instant end = date(q.endDate(), "end_date", zone, true);
        if (start != null && end != null && start.isAfter(end)) {
            throw ValidationException.of("start_date", "must not be after end_date");
        }
        if (start == null) {
            start = (end != null ? end : clock.instant()).minus(Duration.ofDays(DEFAULT_DAYS));
        }
        Set<ComplaintStatus> statuses = null;
        if (NewServiceRequest.present(q.statuses())) {
            statuses = EnumSet.noneOf(ComplaintStatus.class);
            for (String s : list(q.statuses())) {
                statuses.addAll(Open311Status.parse(s).statuses());
            }
        }
        // end_date is inclusive; received_at has microseconds.
        Instant before = end == null ? null : end.plus(1, ChronoUnit.MICROS);
        List<String> codes = NewServiceRequest.present(q.serviceCodes()) ? list(q.serviceCodes()) : List.of();
        long offset = (long) (page - 1) * size;
        if (offset + size > Integer.MAX_VALUE) {
            throw ValidationException.of("page", "is too large");
        }
        List<Complaint> rows;
        if (codes.size() <= 1) {
            rows = queries.pageAt(filter(statuses, codes.isEmpty() ? null : codes.get(0), start, before), (int) offset, size);
        } else {
            // One indexed query per service, merged: each yields the places of its rows up to the end of the page (ids
            // and times from the index), and only the page's own rows are read.
            List<ComplaintQueries.Place> merged = new ArrayList<>();
            for (String code : codes) {
                merged.addAll(queries.placesAt(filter(statuses, code, start, before), 0, (int) offset + size));
            }
            rows = queries.readOnly(merged.stream().sorted(ComplaintQueries.Place.NEWEST).skip(offset).limit(size)
                    .map(ComplaintQueries.Place::id).toList());
        }
        return publish(rows);
    }

    private static ComplaintFilter filter(Set<ComplaintStatus> statuses, String code, Instant from, Instant before) {
        return new ComplaintFilter(statuses, code, null, null, null, from, before, null, null, false).publiclyListedOnly();
    }

    private List<ServiceRequest> publish(List<Complaint> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        ZoneId zone = tenant().timeZone().zone();
        Map<String, String> names = categories.names(rows.stream().map(Complaint::categoryCode).toList());
        Map<Long, List<String>> agencyNames = agenciesOf(rows);
        return rows.stream().map(c -> ServiceRequest.of(c, names.getOrDefault(c.categoryCode(), c.categoryCode()),
                agencyNames.getOrDefault(c.id(), List.of()), zone)).toList();
    }

    /** The agencies of all rows in two queries, not two per row. */
    private Map<Long, List<String>> agenciesOf(List<Complaint> rows) {
        List<Long> disposed = rows.stream().filter(c -> c.status().isVerified() && c.status() != ComplaintStatus.VERIFIED)
                .map(Complaint::id).toList();
        if (disposed.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> agencyName = new HashMap<>();
        for (Agency a : agencies.all()) {
            agencyName.put(a.id(), a.name());
        }
        Map<Long, List<String>> result = new HashMap<>();
        data.em().createQuery("SELECT d.complaint.id, d.agencyId FROM Disposition d WHERE d.complaint.id IN :ids"
                        + " ORDER BY d.complaint.id, d.id", Object[].class)
                .setParameter("ids", disposed).getResultList()
                .forEach(row -> result.computeIfAbsent((Long) row[0], k -> new ArrayList<>())
                        .add(agencyName.getOrDefault((Long) row[1], "")));
        return result;
    }

    private Optional<Complaint> find(String serviceRequestId) {
        if (serviceRequestId == null || !TrackingId.isValid(serviceRequestId)) {
            return Optional.empty();
        }
        return complaints.findByTrackingId(TrackingId.parse(serviceRequestId));
    }

    private ComplaintCategory activeService(String serviceCode) {
        return categories.find(serviceCode == null ? "" : serviceCode.strip()).filter(ComplaintCategory::active)
                .orElseThrow(() -> new NotFoundException("Service", serviceCode));
    }

    private Tenant tenant() {
        return access.snapshot(TenantContext.require().id());
    }

    private static List<String> list(String commaSeparated) {
        return new ArrayList<>(new LinkedHashSet<>(Arrays.stream(commaSeparated.split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList()));
    }

    private static int positive(String text, String field, int absent, int max) {
        if (!NewServiceRequest.present(text)) {
            return absent;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw ValidationException.of(field, "must be a whole number from 1 to " + max + ", got '" + text + "'");
    }

    private static final java.util.regex.Pattern UNENCODED_PLUS =
            java.util.regex.Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}T[0-9:.]+) (\\d{2}:\\d{2})$");

    /**
     * An ISO 8601 date-time (W3C profile) with an offset or Z; also a local date-time or a plain date, read in the
     * regency's zone. A plain end date includes its whole day.
     */
    static Instant date(String text, String field, ZoneId zone, boolean endOfDay) {
        if (!NewServiceRequest.present(text)) {
            return null;
        }
        // A '+' the client did not percent-encode arrives as a space: 2026-12-01T09:00:00 07:00.
        String t = UNENCODED_PLUS.matcher(text.strip()).replaceFirst("$1+$2");
        try {
            return storable(OffsetDateTime.parse(t).toInstant(), text, field);
        } catch (DateTimeParseException notOffset) {
            // try the forms without an offset
        }
        try {
            return storable(LocalDateTime.parse(t).atZone(zone).toInstant(), text, field);
        } catch (DateTimeParseException notLocal) {
            // try a plain date
        }
        try {
            LocalDate day = LocalDate.parse(t);
            return storable(endOfDay ? day.plusDays(1).atStartOfDay(zone).toInstant().minus(1, ChronoUnit.MICROS)
                    : day.atStartOfDay(zone).toInstant(), text, field);
        } catch (DateTimeException e) {
            throw ValidationException.of(field, "must be an ISO 8601 date-time such as 2026-12-01T09:00:00+07:00, got '"
                    + text + "'");
        }
    }

    private static Instant storable(Instant at, String text, String field) {
        if (!Validation.storable(at)) {
            throw ValidationException.of(field, Validation.STORABLE_YEARS + ", got '" + text + "'",
                    ValidationException.OUT_OF_RANGE);
        }
        return at;
    }
}
