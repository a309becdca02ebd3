package id.pendopo.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.complaint.Actor;
import id.pendopo.complaint.Channel;
import id.pendopo.complaint.Complaint;
import id.pendopo.complaint.ComplaintType;
import id.pendopo.complaint.PrivacyMode;
import id.pendopo.complaint.TrackingId;
import id.pendopo.complaint.Viewer;
import id.pendopo.open311key.InvalidApiKeyException;
import id.pendopo.open311key.Open311ApiKeys;
import id.pendopo.region.RegionDirectory;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantAccess;
import id.pendopo.tenancy.TenantRepository;
import id.pendopo.testing.ComplaintWorld;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GeoReportTest {

    private static final Actor COORDINATOR = new Actor("u-1", "Siti Verifikator");

    private ComplaintWorld world;
    private Open311ApiKeys keys;
    private GeoReport geo;
    private String key;

    @BeforeEach
    void langkatWithAKey() throws Exception {
        world = new ComplaintWorld();
        keys = new Open311ApiKeys(world.data, world.clock);
        geo = new GeoReport(world.categories, new RegionDirectory(world.em), world.queries, world.complaints,
                world.agencies, world.intake, keys,
                new TenantAccess(new TenantRepository(world.em), world.clock, java.time.Duration.ZERO), world.data, world.tx, world.clock);
        key = world.inTx(() -> keys.create("Aplikasi Warga")).key();
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    static NewServiceRequest pothole(Map<String, List<String>> attributes) {
        return new NewServiceRequest("INFRASTRUKTUR", "3.59", "98.67", "Jl. Sekolah 3", null, "rina@example.id", "dev-1",
                "acc-7", "Rina", "Sitepu", "0812000111",
                "Jalan berlubang di depan SD. Sudah dua motor jatuh minggu ini.", null, attributes);
    }

    static Map<String, List<String>> district(String code) {
        Map<String, List<String>> a = new HashMap<>();
        a.put("district", List.of(code));
        return a;
    }

    private String post(NewServiceRequest r) {
        return geo.submit(key, r).serviceRequestId();
    }

    @Test
    void servicesAreTheActiveCategoriesWithAttributes() {
        world.inTx(() -> world.categories.setActive("LAINNYA", false));

        List<Service> services = world.inTx(() -> geo.services());

        assertThat(services).extracting(Service::serviceCode).contains("INFRASTRUKTUR", "KEBERSIHAN")
                .doesNotContain("LAINNYA");
        Service roads = services.stream().filter(s -> s.serviceCode().equals("INFRASTRUKTUR")).findFirst().orElseThrow();
        assertThat(roads.serviceName()).isEqualTo("Infrastruktur, Jalan dan Jembatan");
        assertThat(roads.metadata()).isTrue();
        assertThat(roads.type()).isEqualTo("realtime");
        assertThat(roads.keywords()).isEqualTo("jalan, lubang, jembatan, drainase, lampu");
    }

    @Test
    void theDefinitionOffersTheRegencysOwnKecamatan() {
        ServiceDefinition d = world.inTx(() -> geo.definition("INFRASTRUKTUR"));

        assertThat(d.serviceCode()).isEqualTo("INFRASTRUKTUR");
        assertThat(d.attributes()).extracting(ServiceAttribute::code)
                .containsExactly("district", "village", "complaint_type", "privacy");
        ServiceAttribute district = d.attributes().get(0);
        assertThat(district.required()).isTrue();
        assertThat(district.datatype()).isEqualTo("singlevaluelist");
        assertThat(district.values()).containsExactly(new ServiceAttribute.Value("12.05.01", "Bahorok"),
                new ServiceAttribute.Value("12.05.02", "Salapian"));
        assertThat(d.attributes()).extracting(ServiceAttribute::order).containsExactly(1, 2, 3, 4);
        assertThat(d.attributes().subList(1, 4)).noneMatch(ServiceAttribute::required);
        assertThat(d.attributes().get(2).values()).extracting(ServiceAttribute.Value::key)
                .containsExactly("PENGADUAN", "ASPIRASI", "PERMINTAAN_INFORMASI");

        try (TenantContext.Scope medan = TenantContext.enter(world.medan)) {
            assertThat(world.inTx(() -> geo.definition("INFRASTRUKTUR")).attributes().get(0).values())
                    .extracting(ServiceAttribute.Value::key).containsExactly("12.71.01");
        }
    }

    @Test
    void unknownOrInactiveServicesAreNotFound() {
        world.inTx(() -> world.categories.setActive("LAINNYA", false));

        assertThatThrownBy(() -> world.inTx(() -> geo.definition("NOPE"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.inTx(() -> geo.definition("LAINNYA"))).isInstanceOf(NotFoundException.class);
        NewServiceRequest other = new NewServiceRequest("NOPE", "3.5", "98.6", null, null, null, null, null, null, null,
                null, "x", null, district("12.05.01"));
        assertThatThrownBy(() -> geo.submit(key, other)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aPostedRequestBecomesAnOpen311ComplaintWithATitleFromItsDescription() {
        Map<String, List<String>> attributes = district("12.05.01");
        attributes.put("village", List.of("12.05.01.2002"));
        attributes.put("complaint_type", List.of("aspirasi"));

        AcceptedServiceRequest accepted = geo.submit(key, pothole(attributes));

        assertThat(accepted.serviceRequestId()).isEqualTo("LKT-26-000001");
        assertThat(accepted.accountId()).isEqualTo("acc-7");
        assertThat(accepted.serviceNotice())
                .isEqualTo("Laporan diterima dengan nomor LKT-26-000001 dan akan diverifikasi paling lambat 4 Desember 2026.");
        Complaint c = world.inTx(() -> world.complaints.require(TrackingId.parse("LKT-26-000001")));
        assertThat(c.channel()).isEqualTo(Channel.OPEN311);
        assertThat(c.title()).isEqualTo("Jalan berlubang di depan SD.");
        assertThat(c.type()).isEqualTo(ComplaintType.ASPIRASI);
        assertThat(c.privacyMode()).isEqualTo(PrivacyMode.ANONYMOUS);
        assertThat(c.location().districtCode()).isEqualTo("12.05.01");
        assertThat(c.location().villageCode()).isEqualTo("12.05.01.2002");
        assertThat(c.location().latitude()).isEqualTo(3.59);
        assertThat(c.reporterAsSeenBy(id.pendopo.complaint.Viewer.COORDINATOR).orElseThrow().name()).isEqualTo("Rina Sitepu");
        assertThat(c.events().get(0).actor().displayName()).isEqualTo("Aplikasi Warga");
    }

    @Test
    void withoutAValidKeyOfThisRegencyNothingIsReceived() {
        String medanKey;
        try (TenantContext.Scope medan = TenantContext.enter(world.medan)) {
            medanKey = world.inTx(() -> keys.create("app")).key();
        }

        assertThatThrownBy(() -> geo.submit(null, pothole(district("12.05.01")))).isInstanceOf(InvalidApiKeyException.class);
        assertThatThrownBy(() -> geo.submit("p311.x.y", pothole(district("12.05.01")))).isInstanceOf(InvalidApiKeyException.class);
        assertThatThrownBy(() -> geo.submit(medanKey, pothole(district("12.05.01")))).isInstanceOf(InvalidApiKeyException.class);
        assertThat(world.inTx(() -> world.queries.count(id.pendopo.complaint.ComplaintFilter.ALL))).isZero();
    }

    @Test
    void aFullLengthDescriptionWithAMediaUrlIsAcceptedAndTheUrlIsKeptForStaffApart() {
        String text = "Jalan berlubang. " + "a".repeat(Complaint.MAX_DESCRIPTION - 17);
        NewServiceRequest full = new NewServiceRequest("INFRASTRUKTUR", "3.59", "98.67", null, null, null, null, null,
                null, null, null, text, "https://warga.example/foto/1.jpg", district("12.05.01"));

        AcceptedServiceRequest accepted = geo.submit(key, full);

        Complaint c = world.inTx(() -> world.complaints.require(TrackingId.parse(accepted.serviceRequestId())));
        assertThat(c.description()).isEqualTo(text);
        assertThat(c.events().get(0).noteAsSeenBy(Viewer.COORDINATOR)).contains("media_url: https://warga.example/foto/1.jpg");
        assertThat(c.events().get(0).noteAsSeenBy(Viewer.PUBLIC)).isEmpty();
    }

    @Test
    void everyBadFieldIsNamedAsTheClientSentIt() {
        Map<String, List<String>> attributes = new HashMap<>();
        attributes.put("colour", List.of("red"));
        attributes.put("privacy", List.of("SECRET"));
        NewServiceRequest bad = new NewServiceRequest("INFRASTRUKTUR", "north", "98.6", null, null, null, null, null,
                null, null, null, "x", "ftp://example.org/a.jpg", attributes);

        assertThatThrownBy(() -> geo.submit(key, bad)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("lat", "attribute[colour]", "attribute[district]", "attribute[privacy]",
                                "media_url"));
    }

    @Test
    void aLocationIsRequiredAndCoordinatesComeInPairsWithinRange() {
        NewServiceRequest nowhere = new NewServiceRequest("INFRASTRUKTUR", null, null, " ", null, null, null, null,
                null, null, null, "x", null, district("12.05.01"));
        NewServiceRequest onlyLat = new NewServiceRequest("INFRASTRUKTUR", "3.5", null, null, null, null, null, null,
                null, null, null, "x", null, district("12.05.01"));
        NewServiceRequest offTheGlobe = new NewServiceRequest("INFRASTRUKTUR", "91", "98.6", null, null, null, null,
                null, null, null, null, "x", null, district("12.05.01"));

        for (NewServiceRequest r : List.of(nowhere, onlyLat, offTheGlobe)) {
            assertThatThrownBy(() -> geo.submit(key, r)).isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(((ValidationException) e).errors())
                            .extracting(ValidationException.FieldError::field).containsOnly("lat"));
        }
    }

    @Test
    void aKecamatanOfAnotherRegencyOrAForeignVillageIsRefusedInOpen311Terms() {
        Map<String, List<String>> foreignVillage = district("12.05.02");
        foreignVillage.put("village", List.of("12.05.01.2002"));

        assertThatThrownBy(() -> geo.submit(key, pothole(district("12.71.01")))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("attribute[district]"));
        assertThatThrownBy(() -> geo.submit(key, pothole(foreignVillage))).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("attribute[village]"));
    }

    @Test
    void twoValuesForOneAttributeAreRefused() {
        Map<String, List<String>> twice = new HashMap<>();
        twice.put("district", List.of("12.05.01", "12.05.02"));

        assertThatThrownBy(() -> geo.submit(key, pothole(twice))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("attribute[district]");
    }

    @Test
    void unverifiedReportsAreListedWithoutTheirContent() {
        String id = post(pothole(district("12.05.01")));

        ServiceRequest r = world.inTx(() -> geo.request(id));

        assertThat(r.status()).isEqualTo(Open311Status.OPEN);
        assertThat(r.serviceCode()).isEqualTo("INFRASTRUKTUR");
        assertThat(r.serviceName()).isEqualTo("Infrastruktur, Jalan dan Jembatan");
        assertThat(r.description()).isNull();
        assertThat(r.address()).isNull();
        assertThat(r.lat()).isNull();
        assertThat(r.lon()).isNull();
        assertThat(r.statusNotes()).isNull();
        assertThat(r.requestedDatetime()).isEqualTo(OffsetDateTime.parse("2026-12-01T09:00:00+07:00"));
        assertThat(r.expectedDatetime()).isEqualTo(world.inTx(() -> world.complaints.require(TrackingId.parse(id)))
                .verificationDueAt().atOffset(java.time.ZoneOffset.ofHours(7)));
        assertThat(world.inTx(() -> geo.requests(ServiceRequestQuery.defaults()))).extracting(ServiceRequest::serviceRequestId)
                .containsExactly(id);
    }

    @Test
    void verifiedAndDisposedReportsShowTheirContentAgenciesAndFollowUpDeadline() {
        String id = post(pothole(district("12.05.01")));
        TrackingId tid = TrackingId.parse(id);
        world.clock.advance(Duration.ofHours(1));
        world.inTx(() -> world.desk.verify(tid, COORDINATOR, "Lokasi dicek"));
        Instant verificationDue = world.inTx(() -> world.complaints.require(tid)).verificationDueAt();
        assertThat(world.inTx(() -> geo.request(id)).expectedDatetime().toInstant())
                .as("verified, not yet sent: the coordinator's deadline still runs").isEqualTo(verificationDue);
        long dpupr = world.agencyId("DPUPR");
        long dlh = world.agencyId("DLH");
        world.inTx(() -> world.desk.dispose(tid, new java.util.LinkedHashSet<>(List.of(dpupr, dlh)), COORDINATOR,
                "Mohon ditindaklanjuti"));

        ServiceRequest r = world.inTx(() -> geo.request(id));

        assertThat(r.description()).startsWith("Jalan berlubang");
        assertThat(r.address()).isEqualTo("Jl. Sekolah 3");
        assertThat(r.lat()).isEqualTo(3.59);
        assertThat(r.lon()).isEqualTo(98.67);
        assertThat(r.statusNotes()).as("the staff's instruction to the agencies is not published").isNull();
        assertThat(r.agencyResponsible().split(", ")).containsExactlyInAnyOrder("Dinas Pekerjaan Umum",
                "Dinas Lingkungan Hidup");
        assertThat(r.updatedDatetime()).isEqualTo(OffsetDateTime.parse("2026-12-01T10:00:00+07:00"));
        Complaint c = world.inTx(() -> world.complaints.require(tid));
        assertThat(r.expectedDatetime().toInstant()).isEqualTo(c.followUpDueAt().orElseThrow());

        // Staff's internal notes are not a change the client can see: updated_datetime stays the status's.
        world.clock.advance(Duration.ofHours(2));
        world.inTx(() -> world.desk.note(tid, COORDINATOR, "Kepala dinas sudah ditelepon"));
        assertThat(world.inTx(() -> geo.request(id)).updatedDatetime())
                .isEqualTo(OffsetDateTime.parse("2026-12-01T10:00:00+07:00"));
    }

    /** GeoReport: "For requests with status=closed, this will be the date the request was closed." */
    @Test
    void aClosedRequestWasUpdatedWhenItWasClosed() {
        String id = post(pothole(district("12.05.01")));
        TrackingId tid = TrackingId.parse(id);
        world.clock.advance(Duration.ofHours(1));
        world.inTx(() -> world.desk.archiveAsSpam(tid, COORDINATOR, "Iklan"));
        OffsetDateTime archived = world.inTx(() -> geo.request(id)).updatedDatetime();
        assertThat(archived.toInstant()).isEqualTo(world.clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));

        world.clock.advance(Duration.ofDays(1));
        world.inTx(() -> world.desk.note(tid, COORDINATOR, "Nomor pengirim diblokir"));

        assertThat(world.inTx(() -> geo.request(id)).updatedDatetime()).isEqualTo(archived);
    }

    @Test
    void confidentialReportsAreNotListedNorFoundExceptByTheClientThatPostedThem() {
        Map<String, List<String>> confidential = district("12.05.01");
        confidential.put("privacy", List.of("CONFIDENTIAL"));
        String secret = post(pothole(confidential));
        String open = post(pothole(district("12.05.02")));
        world.inTx(() -> world.desk.verify(TrackingId.parse(secret), COORDINATOR, null));

        assertThat(world.inTx(() -> geo.requests(ServiceRequestQuery.defaults()))).extracting(ServiceRequest::serviceRequestId)
                .containsExactly(open);
        assertThat(world.inTx(() -> geo.requests(new ServiceRequestQuery(secret + "," + open, null, null, null, null,
                null, null)))).extracting(ServiceRequest::serviceRequestId).containsExactly(open);
        // Not found for anyone else, as in the tracking API: ids are sequential.
        assertThatThrownBy(() -> world.inTx(() -> geo.request(secret))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.inTx(() -> geo.request(secret, "not-a-key"))).isInstanceOf(NotFoundException.class);
        String otherKey = world.inTx(() -> keys.create("Aplikasi Lain")).key();
        assertThatThrownBy(() -> world.inTx(() -> geo.request(secret, otherKey))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> world.inTx(() -> geo.requestIdOfToken(secret))).isInstanceOf(NotFoundException.class);
        // The client that posted it uses the id the POST answered (GeoReport: it "can be used to call the GET Service
        // Request method"); it gets the status and nothing of the report.
        ServiceRequest withheld = world.inTx(() -> geo.request(secret, key));
        assertThat(withheld.serviceRequestId()).isEqualTo(secret);
        assertThat(withheld.status()).isEqualTo(Open311Status.OPEN);
        assertThat(withheld.requestedDatetime()).isNotNull();
        assertThat(java.util.Arrays.asList(withheld.serviceCode(), withheld.serviceName(), withheld.description(),
                withheld.address(), withheld.lat(), withheld.lon(), withheld.agencyResponsible(), withheld.statusNotes(),
                withheld.updatedDatetime(), withheld.expectedDatetime())).containsOnlyNulls();
        assertThat(world.inTx(() -> geo.requestIdOfToken(secret, key))).isEqualTo(secret);
        assertThat(world.inTx(() -> geo.requestIdOfToken(open))).isEqualTo(open);
    }

    @Test
    void anotherRegencysRequestIsNotFoundHere() {
        String id = post(pothole(district("12.05.01")));

        try (TenantContext.Scope medan = TenantContext.enter(world.medan)) {
            assertThatThrownBy(() -> world.inTx(() -> geo.request(id))).isInstanceOf(NotFoundException.class);
            assertThat(world.inTx(() -> geo.requests(ServiceRequestQuery.defaults()))).isEmpty();
        }
    }

    @Test
    void listsFilterByServiceStatusAndDatesNewestFirstAndPage() {
        String a = post(pothole(district("12.05.01")));
        world.clock.advance(Duration.ofDays(1));
        String b = post(new NewServiceRequest("KEBERSIHAN", "3.5", "98.6", null, null, null, null, null, null, null,
                null, "Sampah menumpuk", null, district("12.05.01")));
        world.clock.advance(Duration.ofDays(1));
        String c = post(new NewServiceRequest("AIR-BERSIH", "3.5", "98.6", null, null, null, null, null, null, null,
                null, "Air mati", null, district("12.05.02")));
        world.inTx(() -> world.desk.archiveAsSpam(TrackingId.parse(c), COORDINATOR, null));

        assertThat(ids(new ServiceRequestQuery(null, null, null, null, null, null, null))).containsExactly(c, b, a);
        assertThat(ids(new ServiceRequestQuery(null, "INFRASTRUKTUR, AIR-BERSIH", null, null, null, null, null)))
                .containsExactly(c, a);
        assertThat(ids(new ServiceRequestQuery(null, "INFRASTRUKTUR,AIR-BERSIH", null, null, null, "2", "1")))
                .containsExactly(a);
        assertThat(ids(new ServiceRequestQuery(null, "INFRASTRUKTUR,AIR-BERSIH,KEBERSIHAN", null, null, null, "1", "2")))
                .containsExactly(c, b);
        assertThat(ids(new ServiceRequestQuery(null, "INFRASTRUKTUR,AIR-BERSIH,KEBERSIHAN", null, null, null, "3", "1")))
                .containsExactly(a);
        assertThat(ids(new ServiceRequestQuery(null, "INFRASTRUKTUR,AIR-BERSIH", null, null, null, "3", "1"))).isEmpty();
        assertThat(ids(new ServiceRequestQuery(null, null, null, null, "closed", null, null))).containsExactly(c);
        assertThat(ids(new ServiceRequestQuery(null, null, null, null, "open,closed", null, null))).containsExactly(c, b, a);
        assertThat(ids(new ServiceRequestQuery(null, null, null, null, null, "2", "1"))).as("page 2 of 1").containsExactly(b);
        assertThat(ids(new ServiceRequestQuery(null, null, null, null, null, "2", "2"))).as("page 2 of 2").containsExactly(a);
        assertThat(ids(new ServiceRequestQuery(null, null, "2026-12-02T09:00:00+07:00", "2026-12-02T09:00:00+07:00",
                null, null, null))).containsExactly(b);
        assertThat(ids(new ServiceRequestQuery(null, null, "2026-12-02", null, null, null, null))).containsExactly(c, b);
        assertThat(ids(new ServiceRequestQuery(null, null, null, "2026-12-02", null, null, null))).containsExactly(b, a);
        assertThat(ids(new ServiceRequestQuery(null, null, null, "2026-12-01T02:00:00Z", null, null, null)))
                .containsExactly(a);
        assertThat(ids(new ServiceRequestQuery(null, null, null, null, null, "1", "2"))).containsExactly(c, b);
        assertThat(ids(new ServiceRequestQuery(null, null, null, null, null, "2", "2"))).containsExactly(a);
    }

    @Test
    void idListsAnswerInTheOrderAskedAndADateWithAnUnencodedPlusIsRead() {
        String a = post(pothole(district("12.05.01")));
        world.clock.advance(Duration.ofDays(1));
        String b = post(pothole(district("12.05.01")));

        assertThat(ids(new ServiceRequestQuery(a + ", LKT-26-999999,nonsense," + b + "," + a, null, null, null, null,
                null, null))).containsExactly(a, b);
        assertThat(ids(new ServiceRequestQuery(null, null, "2026-12-02T00:00:00 07:00", null, null, null, null)))
                .as("'+07:00' sent without percent-encoding arrives as ' 07:00'").containsExactly(b);
    }

    @Test
    void withoutPageSizeTheFirstThousandAreListedAsTheSpecificationSays() {
        for (int i = 0; i < 101; i++) {
            post(pothole(district("12.05.01")));
        }
        assertThat(ids(ServiceRequestQuery.defaults())).hasSize(101);
    }

    @Test
    void withoutDatesOnlyTheLastNinetyDaysAreListed() {
        String old = post(pothole(district("12.05.01")));
        world.clock.advance(Duration.ofDays(91));
        String recent = post(pothole(district("12.05.01")));

        assertThat(ids(ServiceRequestQuery.defaults())).containsExactly(recent);
        assertThat(ids(new ServiceRequestQuery(null, null, "2026-11-01", null, null, null, null)))
                .containsExactly(recent, old);
    }

    @Test
    void badListParametersAreRefused() {
        for (ServiceRequestQuery q : List.of(
                new ServiceRequestQuery(null, null, "yesterday", null, null, null, null),
                new ServiceRequestQuery(null, null, null, "2026-13-01", null, null, null),
                new ServiceRequestQuery(null, null, null, "+999999999-12-31", null, null, null),
                new ServiceRequestQuery(null, null, "+10001-01-01T00:00:00+07:00", null, null, null, null),
                new ServiceRequestQuery(null, null, "2026-12-02", "2026-12-01", null, null, null),
                new ServiceRequestQuery(null, null, null, null, "pending", null, null),
                new ServiceRequestQuery(null, null, null, null, null, "0", null),
                new ServiceRequestQuery(null, null, null, null, null, null, "1001"),
                new ServiceRequestQuery(null, null, null, null, null, "x", null))) {
            assertThatThrownBy(() -> world.inTx(() -> geo.requests(q))).as(q.toString())
                    .isInstanceOf(ValidationException.class);
        }
    }

    private List<String> ids(ServiceRequestQuery q) {
        return world.inTx(() -> geo.requests(q)).stream().map(ServiceRequest::serviceRequestId).toList();
    }
}
