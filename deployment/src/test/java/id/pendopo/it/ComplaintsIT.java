package id.pendopo.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Complaints end to end on Payara Micro, MariaDB and Keycloak: submission through the API (idempotent, with
 * attachments) and through Open311 in XML and JSON, the staff's and the agency's acts, the citizen's tracking,
 * webhooks, and every bad input answered with a clear error and no partial record.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ComplaintsIT {

    private static String client;
    private static String officer;
    private static String agencyOfficer;
    private static String admin;
    private static String medanAdmin;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Platform.apiWar();
    }

    @BeforeAll
    static void tenants() {
        String operator = Platform.operatorToken();
        Fixtures.importRegions(operator);
        Fixtures.tenant(operator, "12.05", "langkat");
        Fixtures.tenant(operator, "12.71", "medan");
        client = Platform.clientToken("langkat-integration", "langkat-integration-dev-secret");
        officer = Platform.userToken("verifikator.langkat", "verifikator.langkat");
        agencyOfficer = Platform.userToken("opd.langkat", "opd.langkat");
        admin = Fixtures.adminToken("langkat");
        medanAdmin = Fixtures.adminToken("medan");
    }

    static JsonObjectBuilder report(String title) {
        return Json.createObjectBuilder().add("type", "PENGADUAN").add("categoryCode", "INFRASTRUKTUR")
                .add("title", title).add("description", "Lubang besar di jalan desa, dua motor jatuh.")
                .add("location", Json.createObjectBuilder().add("districtCode", "12.05.01").add("villageCode", "12.05.01.2002")
                        .add("address", "Jl. Sekolah 3").add("latitude", 3.59).add("longitude", 98.67))
                .add("reporter", Json.createObjectBuilder().add("name", "Rina Pelapor").add("phone", "0812000111")
                        .add("email", "rina@example.id"));
    }

    static Platform.Answer trackingPage(String id, String secret, String action, String text) {
        String form = "secret=" + java.net.URLEncoder.encode(secret, StandardCharsets.UTF_8) + "&action=" + action
                + "&text=" + java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
        return Platform.send(Platform.request("/lacak/" + id, null).header("Content-Type",
                "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    static Platform.Answer submit(String token, String body, Map<String, String> headers) {
        HttpRequest.Builder b = Platform.request("/api/v1/complaints", token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        return Platform.send(b.build());
    }

    static int countWithText(String token, String text) {
        Platform.Answer list = Platform.get("/api/v1/complaints?q=" + text.replace(" ", "%20"), token);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().getJsonArray("items").size();
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyNeverCreatesASecondComplaint() {
        String key = UUID.randomUUID().toString();
        String marker = "Idempoten " + key.substring(0, 8);
        String body = report(marker).build().toString();

        Platform.Answer first = submit(client, body, Map.of("Idempotency-Key", key));
        Platform.Answer retry = submit(client, body, Map.of("Idempotency-Key", key));
        Platform.Answer other = submit(client, report(marker + " lain").build().toString(), Map.of("Idempotency-Key", key));
        // MySQL's usual collation compares without case: the same key in capitals was "reused" there.
        Platform.Answer capitals = submit(client, report(marker + " kapital").build().toString(),
                Map.of("Idempotency-Key", key.toUpperCase(java.util.Locale.ROOT)));

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().getString("trackingId")).matches("[A-Z]{3}-26-\\d{6}");
        assertThat(first.header("Location")).endsWith("/api/v1/complaints/" + first.json().getString("trackingId"));
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.body()).isEqualTo(first.body());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(other.status()).as(other.toString()).isEqualTo(422);
        assertThat(other.contentType()).startsWith("application/problem+json");
        assertThat(other.json().getString("type")).endsWith("idempotency-key-reused");
        assertThat(capitals.status()).as(capitals.toString()).isEqualTo(201);
        assertThat(capitals.json().getString("trackingId")).isNotEqualTo(first.json().getString("trackingId"));
        assertThat(countWithText(officer, marker)).isEqualTo(2);
    }

    /**
     * An agency officer given complaint-officer in Keycloak's own console (the platform refuses the pair) acts as the
     * agency officer it is: it neither reads nor decides complaints not sent to its agency. Before, the API let it
     * verify (publish) or archive any complaint of the regency.
     */
    @Test
    void anAgencyOfficerWithACoordinatorsRoleByMistakeStaysAnAgencyOfficer() {
        String id = submit(client, report("Peran ganda " + UUID.randomUUID()).build().toString(), Map.of())
                .json().getString("trackingId");
        KeycloakAdmin.realmRole("POST", "opd.langkat", "complaint-officer");
        try {
            String both = Platform.userToken("opd.langkat", "opd.langkat");
            assertThat(Platform.get("/api/v1/complaints/" + id, both).status()).isEqualTo(404);
            Platform.Answer verified = act(id, "verify", both, Json.createObjectBuilder());
            assertThat(verified.status()).as(verified.toString()).isEqualTo(403);
            assertThat(Platform.get("/api/v1/complaints/" + id, officer).json().getString("status")).isEqualTo("RECEIVED");
        } finally {
            KeycloakAdmin.realmRole("DELETE", "opd.langkat", "complaint-officer");
        }
    }

    /**
     * Every report inserts rows with generated ids. EclipseLink 4.0.7 read those ids with getGeneratedKeys and never
     * closed the statement (eclipse-ee4j/eclipselink#2366), so each report left two open statements on its pooled
     * connection: about 8,000 per connection after a minute of load, a growing heap and a slower insert every time.
     * Counted in the running server's heap, after a full GC, around 200 reports.
     */
    @Test
    void reportsLeaveNoOpenStatementsBehindOnTheirConnections() {
        long before = PayaraHeap.liveInstances("com.mysql.cj.jdbc.ClientPreparedStatement");
        for (int i = 0; i < 200; i++) {
            Platform.Answer a = submit(client, report("Statement " + i).build().toString(), Map.of());
            assertThat(a.status()).as(a.toString()).isEqualTo(201);
        }
        long after = PayaraHeap.liveInstances("com.mysql.cj.jdbc.ClientPreparedStatement");

        assertThat(after - before).as("statements still reachable after 200 reports (%d before)", before).isLessThan(100);
    }

    @Test
    void badReportsAreRefusedWithEveryReasonAndLeaveNothingBehind() {
        String marker = "Tolak " + UUID.randomUUID().toString().substring(0, 8);
        Platform.Answer wrong = submit(client, report(marker).add("categoryCode", "TIDAK-ADA")
                .add("location", Json.createObjectBuilder().add("districtCode", "12.71.01")).build().toString(), Map.of());
        assertThat(wrong.status()).as(wrong.toString()).isEqualTo(400);
        assertThat(wrong.body()).contains("categoryCode").contains("location.districtCode");
        // MariaDB's collation finds INFRASTRUKTUR for these; the complaint would then carry a code no list knows.
        for (String almost : new String[] {"infrastruktur", "INFRASTRUKTUR "}) {
            Platform.Answer near = submit(client, report(marker).add("categoryCode", almost).build().toString(), Map.of());
            assertThat(near.status()).as(almost + ": " + near).isEqualTo(400);
            assertThat(near.body()).contains("categoryCode");
        }

        Platform.Answer tooLong = submit(client, report(marker).add("description", "x".repeat(4001)).build().toString(), Map.of());
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body()).contains("description");

        Platform.Answer malformed = submit(client, "{\"title\": ", Map.of());
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");

        byte[] script = "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.US_ASCII);
        Platform.Answer disguised = multipart(client, report(marker).build().toString(), Map.of("foto.jpg", script));
        assertThat(disguised.status()).as(disguised.toString()).isEqualTo(400);
        assertThat(disguised.body()).contains("foto.jpg").contains("not a JPEG, PNG or PDF");

        byte[] huge = new byte[5 * 1024 * 1024 + 10];
        System.arraycopy("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 8);
        Platform.Answer oversized = multipart(client, report(marker).build().toString(), Map.of("besar.pdf", huge));
        assertThat(oversized.status()).as(oversized.toString()).isIn(400, 413);

        // A body far beyond any report is refused before it is read, token or not, in each caller's error format.
        // The client announces the body and waits for the go-ahead (Expect: 100-continue, as curl does for large
        // bodies), so it reads the refusal instead of pushing 2 MB into a connection the server closes.
        Platform.Answer flood = Platform.sendAlone(Platform.request("/api/v1/complaints", client).expectContinue(true)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        report(marker).add("description", "x".repeat(2 * 1024 * 1024)).build().toString())).build());
        assertThat(flood.status()).as(flood.toString()).isEqualTo(413);
        assertThat(flood.contentType()).startsWith("application/problem+json");
        Platform.Answer open311Flood = Platform.sendAlone(Platform.request("/api/open311/v2/requests.json", null)
                .expectContinue(true).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("jurisdiction_id=langkat&description=" + "x".repeat(2 * 1024 * 1024)))
                .build());
        assertThat(open311Flood.status()).as(open311Flood.toString()).isEqualTo(400);
        assertThat(open311Flood.array().getJsonObject(0).getInt("code")).isEqualTo(413);

        // Text that is not UTF-8 is refused, not stored with replacement characters.
        byte[] latin1 = report(marker + " Desa Ñ").build().toString().getBytes(StandardCharsets.ISO_8859_1);
        Platform.Answer notUtf8 = Platform.send(Platform.request("/api/v1/complaints", client)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(latin1)).build());
        assertThat(notUtf8.status()).as(notUtf8.toString()).isEqualTo(400);
        assertThat(notUtf8.body()).contains("UTF-8");

        assertThat(countWithText(officer, marker)).isZero();
    }

    @Test
    void photosAreStoredWithoutTheirLocationMetadata() {
        String marker = "Foto " + UUID.randomUUID().toString().substring(0, 8);
        Platform.Answer created = multipart(client, report(marker).build().toString(), Map.of("IMG_2041.jpg", jpegWithExif()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().getString("trackingId");

        JsonObject view = Platform.get("/api/v1/complaints/" + id, officer).json();
        assertThat(view.getJsonArray("attachments")).hasSize(1);
        assertThat(view.getJsonArray("attachments").getJsonObject(0).getString("mediaType")).isEqualTo("image/jpeg");
        Platform.Answer file = Platform.get("/api/v1/complaints/" + id + "/attachments/0", officer);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("image/jpeg");
        assertThat(file.body()).contains("JFIF").doesNotContain("GPSLatitude").doesNotContain("Exif");
    }

    @Test
    void aComplaintGoesFromTheApiThroughTheAgencyToTheCitizensRating() {
        Platform.Answer created = submit(client, report("Siklus " + UUID.randomUUID()).build().toString(), Map.of());
        String id = created.json().getString("trackingId");
        String secret = created.json().getString("trackingSecret");

        // Before verification: not public, the reporter sees it with the secret, the agency does not see it.
        assertThat(Platform.get("/api/v1/tracking/" + id, null).status()).isEqualTo(404);
        Platform.Answer wrongSecret = tracking(id, "AAAA-BBBB-CCCC");
        assertThat(wrongSecret.status()).isEqualTo(403);
        assertThat(wrongSecret.header("Cache-Control")).as("refusals are kept from caches too").contains("no-store");
        Platform.Answer reporterView = tracking(id, secret);
        assertThat(reporterView.json().getString("status")).isEqualTo("RECEIVED");
        assertThat(reporterView.header("Cache-Control")).as("the reporter's own view is kept from caches").contains("no-store");
        assertThat(reporterView.header("Vary")).contains("Tracking-Secret");
        // The same on the citizen's tracking page, without signing in.
        Platform.Answer page = Platform.send(Platform.request("/lacak/" + id, null).GET().build());
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("id=\"not-shown\"").doesNotContain("Lubang besar");
        assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(trackingPage(id, "AAAA-BBBB-CCCC-DDDD", "lihat", "").status()).isEqualTo(403);
        assertThat(trackingPage(id, "AAAA-BBBB-CCCC-DDDD", "nilai", "").status())
                .as("a wrong secret first, whatever else the form got wrong (no rating here)").isEqualTo(403);
        Platform.Answer own = trackingPage(id, secret, "lihat", "");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("data-status=\"RECEIVED\"", "Lubang besar", "id=\"reply-form\"");
        assertThat(trackingPage(id, secret, "balas", "").status()).as("an empty message").isEqualTo(400);
        // A refused reply comes back in its box: 4,001 characters, the browser's line breaks counted as one.
        Platform.Answer tooLong = trackingPage(id, secret, "balas", "a\r\n" + "b".repeat(3999));
        assertThat(tooLong.status()).as("4,001 characters once CRLF counts as one").isEqualTo(400);
        assertThat(tooLong.body()).contains("name=\"text\" required maxlength=\"4000\">a\n" + "b".repeat(3999) + "</textarea>");
        assertThat(trackingPage(id, secret, "balas", "a\r\n" + "b".repeat(3998)).status())
                .as("4,000 characters as the browser counted them").isEqualTo(200);
        // A reply in Latin-1 through the API is refused, not stored with U+FFFD.
        Platform.Answer latin1Reply = Platform.send(Platform.request("/api/v1/tracking/" + id + "/replies", null)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(
                        ("{\"secret\":\"" + secret + "\",\"text\":\"Caf\u00e9\"}").getBytes(StandardCharsets.ISO_8859_1)))
                .build());
        assertThat(latin1Reply.status()).as(latin1Reply.toString()).isEqualTo(400);
        assertThat(latin1Reply.body()).contains("UTF-8");
        Platform.Answer wrote = trackingPage(id, secret, "balas", "Foto tambahan menyusul & terima kasih");
        assertThat(wrote.body()).contains("id=\"notice\"", "Foto tambahan menyusul &amp; terima kasih");
        assertThat(Platform.get("/api/v1/complaints/" + id, agencyOfficer).status()).isEqualTo(404);
        // The coordinator sees the reporter; an API client never sees the reporter's contact.
        assertThat(Platform.get("/api/v1/complaints/" + id, officer).json().getJsonObject("reporter").getString("phone"))
                .isEqualTo("0812000111");
        JsonObject seenByClient = Platform.get("/api/v1/complaints/" + id, client).json();
        assertThat(seenByClient.get("reporter")).isNull();
        // Nothing unmoderated is published: before verification an API client reads no title, text or address.
        assertThat(seenByClient.getString("status")).isEqualTo("RECEIVED");
        assertThat(seenByClient.get("title")).isNull();
        assertThat(seenByClient.get("description")).isNull();
        assertThat(seenByClient.getJsonObject("location").get("address")).isNull();

        // A deferral needs its reason, which the request carries as "text": the error names "text".
        Platform.Answer noReason = act(id, "defer", officer, Json.createObjectBuilder());
        assertThat(noReason.status()).as(noReason.toString()).isEqualTo(400);
        assertThat(noReason.json().getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("text");
        assertThat(act(id, "verify", officer, Json.createObjectBuilder().add("text", "Lokasi jelas")).status()).isEqualTo(200);
        long dpupr = agencyId("DPUPR");
        Platform.Answer disposed = act(id, "dispositions", officer,
                Json.createObjectBuilder().add("agencyIds", Json.createArrayBuilder().add(dpupr)));
        assertThat(disposed.status()).as(disposed.toString()).isEqualTo(200);
        assertThat(disposed.json().getString("status")).isEqualTo("DISPOSED");
        assertThat(disposed.json().getString("followUpDueAt")).isNotBlank();

        // The agency officer now sees it, without the (anonymous) reporter, and answers for DPUPR.
        JsonObject seenByAgency = Platform.get("/api/v1/complaints/" + id, agencyOfficer).json();
        assertThat(seenByAgency.get("reporter")).isNull();
        assertThat(seenByAgency.getJsonArray("allowedActions").getString(0)).isEqualTo("RECORD_AGENCY_RESPONSE");
        Platform.Answer answered = act(id, "responses", agencyOfficer, Json.createObjectBuilder().add("text", "Sudah ditambal."));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(answered.json().getString("status")).isEqualTo("FOLLOWED_UP");
        assertThat(act(id, "verify", officer, Json.createObjectBuilder()).status()).isEqualTo(409);
        assertThat(act(id, "resolve", officer, Json.createObjectBuilder()).json().getString("status")).isEqualTo("RESOLVED");

        JsonObject publicView = Platform.get("/api/v1/tracking/" + id, null).json();
        assertThat(publicView.get("reporter")).isNull();
        assertThat(publicView.getJsonArray("timeline")).hasSizeGreaterThanOrEqualTo(5);
        assertThat(citizen(id, "rating", "AAAA-BBBB-CCCC", 5).status()).isEqualTo(403);
        // JSON-B alone would read 4294967301 as 5 and close the complaint with it.
        Platform.Answer wrapped = Platform.postJson("/api/v1/tracking/" + id + "/rating", null,
                Json.createObjectBuilder().add("secret", secret).add("rating", 4294967301L).build());
        assertThat(wrapped.status()).as(wrapped.toString()).isEqualTo(400);
        assertThat(wrapped.body()).contains("out-of-range", "4294967301");
        Platform.Answer rated = citizen(id, "rating", secret, 4);
        assertThat(rated.status()).as(rated.toString()).isEqualTo(200);
        assertThat(rated.json().getString("status")).isEqualTo("CLOSED");
        assertThat(rated.json().getInt("rating")).isEqualTo(4);
    }

    @Test
    void aComplaintForwardedToAnotherRegencyBecomesThatRegencysOwnAndTheReporterFollowsItThere() {
        Platform.Answer created = submit(client, report("Limpah " + UUID.randomUUID()).build().toString(), Map.of());
        String id = created.json().getString("trackingId");
        String secret = created.json().getString("trackingSecret");

        Platform.Answer forwarded = act(id, "not-our-jurisdiction", officer,
                Json.createObjectBuilder().add("forwardTo", "medan").add("text", "Lokasi di Medan Tuntungan"));
        assertThat(forwarded.status()).as(forwarded.toString()).isEqualTo(200);
        assertThat(forwarded.json().getString("status")).isEqualTo("NOT_OUR_JURISDICTION");
        assertThat(forwarded.json().getString("handoffStatus")).isEqualTo("DONE");
        String there = forwarded.json().getString("forwardedAs");
        assertThat(there).startsWith("MDN-26-");

        JsonObject copy = Platform.get("/api/v1/complaints/" + there, medanAdmin).json();
        assertThat(copy.getString("channel")).isEqualTo("FORWARDED");
        assertThat(copy.getString("status")).isEqualTo("RECEIVED");
        assertThat(copy.getString("forwardedFrom")).isEqualTo(id);
        assertThat(copy.getJsonObject("location").getString("districtCode")).isEqualTo("12.71");
        assertThat(copy.getJsonObject("reporter").getString("email")).isEqualTo("rina@example.id");
        assertThat(copy.getJsonArray("timeline").getJsonObject(0).getString("note"))
                .contains("Limpahan dari", id, "Bahorok", "Lokasi di Medan Tuntungan");
        // Medan places it in one of its kecamatan; a Langkat kecamatan is refused.
        assertThat(act(there, "location", medanAdmin, Json.createObjectBuilder().add("location",
                Json.createObjectBuilder().add("districtCode", "12.05.01"))).status()).isEqualTo(400);
        Platform.Answer placed = act(there, "location", medanAdmin, Json.createObjectBuilder()
                .add("location", Json.createObjectBuilder().add("districtCode", "12.71.01")).add("text", "sesuai alamat"));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(200);
        assertThat(placed.json().getJsonObject("location").getString("districtCode")).isEqualTo("12.71.01");
        assertThat(placed.json().getJsonObject("location").getString("address")).isEqualTo("Jl. Sekolah 3");
        // Langkat's staff cannot read Medan's copy; the reporter follows it with the secret they already hold.
        assertThat(Platform.get("/api/v1/complaints/" + there, officer).status()).isEqualTo(404);
        assertThat(tracking(there, secret).json().getString("status")).isEqualTo("RECEIVED");
        assertThat(trackingPage(id, secret, "lihat", "").body()).contains("id=\"forwarded-as\"", there);
        // Only the platform marks a report as forwarded.
        Platform.Answer fake = submit(officer, report("Palsu").add("channel", "FORWARDED").build().toString(), Map.of());
        assertThat(fake.status()).as(fake.toString()).isEqualTo(400);
        assertThat(fake.body()).contains("FORWARDED is set by the platform");
        // Staff say how a report reached them; API and OPEN311 are third parties' systems.
        Platform.Answer asApi = submit(officer, report("Telepon").build().toString(), Map.of());
        assertThat(asApi.status()).as(asApi.toString()).isEqualTo(400);
        assertThat(asApi.body()).contains("\"field\":\"channel\"", "\"code\":\"required\"");
        Platform.Answer byPhone = submit(officer, report("Telepon").add("channel", "PHONE").build().toString(), Map.of());
        assertThat(byPhone.status()).as(byPhone.toString()).isEqualTo(201);
    }

    @Test
    void aHolidayTheAdminAddsAfterAReportArrivedMovesItsRunningDeadline() {
        String id = submit(client, report("Libur " + UUID.randomUUID()).build().toString(), Map.of()).json()
                .getString("trackingId");
        Instant due = verificationDue(id);
        // The last working day the deadline counts (it ends at the next local midnight) becomes a holiday.
        LocalDate lastDay = due.minusSeconds(60).atZone(ZoneId.of("Asia/Jakarta")).toLocalDate();
        Platform.Answer undated = Platform.postJson("/api/v1/holidays", admin, Json.createObjectBuilder()
                .add("name", "Libur uji").add("kind", "REGIONAL").build());
        assertThat(undated.status()).as(undated.toString()).isEqualTo(400);
        assertThat(undated.json().getJsonArray("errors").getJsonObject(0).getString("field")).as("as the request names it")
                .isEqualTo("date");
        Platform.Answer added = Platform.postJson("/api/v1/holidays", admin, Json.createObjectBuilder()
                .add("date", lastDay.toString()).add("name", "Libur uji").add("kind", "REGIONAL").build());
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        long holiday = added.json().getJsonNumber("id").longValue();
        try {
            assertThat(verificationDue(id)).isAfter(due);
        } finally {
            assertThat(Platform.delete("/api/v1/holidays/" + holiday, admin).status()).isEqualTo(204);
        }
        assertThat(verificationDue(id)).isEqualTo(due);
    }

    private static Instant verificationDue(String trackingId) {
        return Instant.parse(Platform.get("/api/v1/complaints/" + trackingId, officer).json().getString("verificationDueAt"));
    }

    @Test
    void listsArePagedByCursorAndAnswer304ToTheirETag() {
        String marker = "Halaman " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 3; i++) {
            submit(client, report(marker + " " + i).build().toString(), Map.of());
        }
        String q = "/api/v1/complaints?limit=2&q=" + marker.replace(" ", "%20");
        Platform.Answer first = Platform.get(q, officer);
        assertThat(first.json().getJsonArray("items")).hasSize(2);
        String next = first.json().getString("next");
        Platform.Answer second = Platform.get(q + "&cursor=" + next, officer);
        assertThat(second.json().getJsonArray("items")).hasSize(1);
        assertThat(second.json().get("next")).isNull(); // absent on the last page

        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        Platform.Answer again = Platform.send(Platform.request(q, officer).header("If-None-Match", etag).GET().build());
        assertThat(again.status()).isEqualTo(304);
        assertThat(Platform.get(q + "&cursor=rusak!", officer).status()).isEqualTo(400);
        assertThat(Platform.get("/api/v1/complaints?status=NGAWUR", officer).body()).contains("status");
        // Read as false by JAX-RS alone, which answered the complaints that are NOT overdue.
        Platform.Answer yes = Platform.get("/api/v1/complaints?overdue=yes", officer);
        assertThat(yes.status()).as(yes.toString()).isEqualTo(400);
        assertThat(yes.body()).contains("overdue");
        Platform.Answer unquoted = Platform.send(Platform.request(q, officer).header("If-None-Match", "abc").GET().build());
        assertThat(unquoted.status()).as(unquoted.toString()).isEqualTo(400);
        assertThat(unquoted.body()).contains("If-None-Match");
    }

    @Test
    void open311ReceivesAndListsRequestsInXmlAndJson() {
        Platform.Answer key = Platform.postJson("/api/v1/open311-keys", admin, Json.createObjectBuilder().add("name", "IT").build());
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        String apiKey = key.json().getString("key");

        Platform.Answer services = Platform.get("/api/open311/v2/services.json?jurisdiction_id=langkat", null);
        assertThat(services.status()).as(services.toString()).isEqualTo(200);
        assertThat(services.header("Access-Control-Allow-Origin")).as("browser clients on other sites").isEqualTo("*");
        assertThat(services.body()).contains("\"service_code\":\"INFRASTRUKTUR\"");
        Platform.Answer definition = Platform.get("/api/open311/v2/services/INFRASTRUKTUR.xml?jurisdiction_id=langkat", null);
        assertThat(definition.contentType()).startsWith("text/xml");
        assertThat(definition.body()).contains("<service_definition>").contains("<code>district</code>").contains("12.05.01");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("jurisdiction_id", "langkat");
        form.put("api_key", apiKey);
        form.put("service_code", "KEBERSIHAN");
        form.put("lat", "3.6");
        form.put("long", "98.5");
        form.put("description", "Sampah menumpuk di depan pasar sejak seminggu.");
        form.put("attribute[district]", "12.05.01");
        form.put("email", "warga@example.id");
        Platform.Answer posted = Platform.post("/api/open311/v2/requests.json", null, "application/x-www-form-urlencoded",
                Platform.form(form));
        assertThat(posted.status()).as(posted.toString()).isIn(200, 201);
        String id = posted.array().getJsonObject(0).getString("service_request_id");
        assertThat(id).matches("[A-Z]{3}-26-\\d{6}");
        assertThat(posted.array().getJsonObject(0).containsKey("token")).as("token or service_request_id, not both").isFalse();
        // Everything in the query string, as some clients send it, attributes included: all but the reporter's
        // identity, which proxies and logs would keep.
        Platform.Answer personalInQuery = Platform.post("/api/open311/v2/requests.xml?" + Platform.form(form), null,
                "application/x-www-form-urlencoded", "");
        assertThat(personalInQuery.status()).as(personalInQuery.toString()).isEqualTo(400);
        assertThat(personalInQuery.body()).contains("<errors>").contains("email").contains("form body");
        form.remove("email");
        Platform.Answer inQuery = Platform.post("/api/open311/v2/requests.xml?" + Platform.form(form), null,
                "application/x-www-form-urlencoded", "");
        assertThat(inQuery.status()).as(inQuery.toString()).isEqualTo(200);
        assertThat(inQuery.body()).contains("<service_request_id>");

        // A confidential report's id, which the POST answered, works for GET with the key that posted it: its status,
        // nothing of the report. Without the key it is not found, as in the tracking API.
        Map<String, String> confidential = new LinkedHashMap<>(form);
        confidential.put("attribute[privacy]", "CONFIDENTIAL");
        confidential.put("description", "Pungutan liar di kantor desa, rahasia.");
        Platform.Answer secretPosted = Platform.post("/api/open311/v2/requests.json", null,
                "application/x-www-form-urlencoded", Platform.form(confidential));
        assertThat(secretPosted.status()).as(secretPosted.toString()).isIn(200, 201);
        String secretId = secretPosted.array().getJsonObject(0).getString("service_request_id");
        assertThat(Platform.get("/api/open311/v2/requests/" + secretId + ".json?jurisdiction_id=langkat", null).status())
                .isEqualTo(404);
        Platform.Answer secretOne = Platform.get("/api/open311/v2/requests/" + secretId + ".json?jurisdiction_id=langkat&api_key="
                + java.net.URLEncoder.encode(apiKey, java.nio.charset.StandardCharsets.UTF_8), null);
        assertThat(secretOne.status()).as(secretOne.toString()).isEqualTo(200);
        assertThat(secretOne.array().getJsonObject(0).getString("service_request_id")).isEqualTo(secretId);
        assertThat(secretOne.array().getJsonObject(0).getString("status")).isEqualTo("open");
        assertThat(secretOne.body()).doesNotContain("Pungutan").doesNotContain("KEBERSIHAN");

        Platform.Answer one = Platform.get("/api/open311/v2/requests/" + id + ".xml?jurisdiction_id=langkat", null);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.body()).contains("<service_requests>").contains("<status>open</status>")
                .containsPattern("<requested_datetime>2026-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\+07:00</requested_datetime>")
                .doesNotContain("warga@example.id");
        Platform.Answer list = Platform.get("/api/open311/v2/requests.json?jurisdiction_id=langkat&status=open&page_size=5", null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.array().size()).isBetween(1, 5);
        assertThat(Platform.get("/api/open311/v2/tokens/" + id + ".json?jurisdiction_id=langkat", null).body()).contains(id);
        Platform.Answer repeated = Platform.get("/api/open311/v2/requests.json?jurisdiction_id=langkat&status=closed&status=open", null);
        assertThat(repeated.body()).as("status declared twice means both").contains(id);
        Platform.Answer discovery = Platform.get("/api/open311/v2/discovery.json", null);
        assertThat(discovery.json().getJsonArray("endpoints").getJsonObject(0).getString("url"))
                .isEqualTo("https://pendopo.example/api/open311/v2");
        Platform.Answer delete = Platform.send("DELETE", "/api/open311/v2/requests.json?jurisdiction_id=langkat", null, null, null);
        // GeoReport allows 400, 403 and 404 only; the body's code says what it was.
        assertThat(delete.status()).isEqualTo(400);
        assertThat(delete.array().getJsonObject(0).getInt("code")).isEqualTo(405);
        assertThat(delete.header("Allow")).as(delete.toString()).contains("GET").contains("POST");

        // Errors in the specification's format, with its codes.
        form.put("jurisdiction_id", "medan");
        Platform.Answer otherJurisdiction = Platform.post("/api/open311/v2/requests.xml", null,
                "application/x-www-form-urlencoded", Platform.form(form));
        assertThat(otherJurisdiction.status()).isEqualTo(403);
        assertThat(otherJurisdiction.body()).contains("<errors>").contains("<code>403</code>");
        form.put("jurisdiction_id", "langkat");
        form.put("lat", "utara");
        Platform.Answer badLat = Platform.post("/api/open311/v2/requests.json", null, "application/x-www-form-urlencoded",
                Platform.form(form));
        assertThat(badLat.status()).isEqualTo(400);
        assertThat(badLat.array().getJsonObject(0).getInt("code")).isEqualTo(400);
        Platform.Answer malformed = Platform.post("/api/open311/v2/requests.json", null, "application/x-www-form-urlencoded",
                "jurisdiction_id=langkat&api_key=%ZZ&&=");
        assertThat(malformed.status()).isIn(400, 403);
        assertThat(malformed.body()).startsWith("[");
        assertThat(Platform.get("/api/open311/v2/services.json?jurisdiction_id=tidak-ada", null).status()).isEqualTo(404);
        assertThat(Platform.get("/api/open311/v2/requests/" + id + ".json?jurisdiction_id=medan", null).status()).isEqualTo(404);
    }

    @Test
    void aStatusChangeIsQueuedForTheClientsWebhookInTheSameTransaction() {
        Platform.Answer hook = Platform.postJson("/api/v1/webhooks", client,
                Json.createObjectBuilder().add("url", "http://127.0.0.1:9/pendopo").build());
        assertThat(hook.status()).as(hook.toString()).isEqualTo(201);
        assertThat(hook.json().getString("secret")).isNotBlank();
        String hookId = hook.json().get("id").toString();
        assertThat(Platform.get("/api/v1/webhooks", client).body()).doesNotContain(hook.json().getString("secret"));
        assertThat(Platform.get("/api/v1/webhooks/" + hookId + "/deliveries", medanAdmin).status()).isEqualTo(404);

        String id = submit(client, report("Webhook " + UUID.randomUUID()).build().toString(), Map.of()).json().getString("trackingId");
        act(id, "verify", officer, Json.createObjectBuilder());

        Platform.Answer log = Platform.get("/api/v1/webhooks/" + hookId + "/deliveries", client);
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        assertThat(log.body()).contains(id);
        assertThat(log.json().getJsonNumber("total").longValue()).isGreaterThanOrEqualTo(2);
        Platform.Answer badUrl = Platform.postJson("/api/v1/webhooks", client, Json.createObjectBuilder().add("url", "ftp://x").build());
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.body()).contains("url");
        Platform.Answer privateUrl = Platform.postJson("/api/v1/webhooks", client,
                Json.createObjectBuilder().add("url", "https://169.254.169.254/latest/meta-data").build());
        assertThat(privateUrl.status()).as(privateUrl.toString()).isEqualTo(400);
        assertThat(privateUrl.body()).contains("169.254.169.254", "not a public internet address");

        Platform.Answer rotated = Platform.post("/api/v1/webhooks/" + hookId + "/secret", client, "application/json", "");
        assertThat(rotated.status()).as(rotated.toString()).isEqualTo(200);
        assertThat(rotated.json().getString("secret")).startsWith("whsec_").isNotEqualTo(hook.json().getString("secret"));
        assertThat(Platform.post("/api/v1/webhooks/" + hookId + "/secret", medanAdmin, "application/json", "").status())
                .as("another regency's webhook").isEqualTo(404);
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static Platform.Answer tracking(String id, String secret) {
        return Platform.send(Platform.request("/api/v1/tracking/" + id, null).header("Tracking-Secret", secret).GET().build());
    }

    private static Platform.Answer citizen(String id, String act, String secret, int rating) {
        return Platform.postJson("/api/v1/tracking/" + id + "/" + act, null,
                Json.createObjectBuilder().add("secret", secret).add("rating", rating).add("text", "Terima kasih").build());
    }

    private static Platform.Answer act(String id, String act, String token, JsonObjectBuilder body) {
        return Platform.postJson("/api/v1/complaints/" + id + "/" + act, token, body.build());
    }

    private static long agencyId(String code) {
        return Platform.get("/api/v1/agencies", officer).array().stream().map(v -> v.asJsonObject())
                .filter(a -> a.getString("code").equals(code)).findFirst().orElseThrow().getJsonNumber("id").longValue();
    }

    private static Platform.Answer multipart(String token, String json, Map<String, byte[]> files) {
        String boundary = "pendopo-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"complaint\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + json + "\r\n").getBytes(StandardCharsets.UTF_8));
        files.forEach((name, content) -> {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"attachments\"; filename=\""
                    + name + "\"\r\nContent-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return Platform.send(Platform.request("/api/v1/complaints", token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** A JPEG whose EXIF segment holds a GPS position, followed by a tiny scan. */
    static byte[] jpegWithExif() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xD8});
        segment(out, 0xE0, "JFIF\0\1\1\0\0\1\0\1\0\0");
        segment(out, 0xE1, "Exif\0\0GPSLatitude=3.5952;GPSLongitude=98.6722");
        segment(out, 0xDA, "\1\1\0\0?\0");
        out.writeBytes(new byte[] {0x12, 0x34, (byte) 0xFF, (byte) 0xD9});
        return out.toByteArray();
    }

    private static void segment(ByteArrayOutputStream out, int marker, String payload) {
        byte[] p = payload.getBytes(StandardCharsets.ISO_8859_1);
        out.write(0xFF);
        out.write(marker);
        out.write((p.length + 2) >> 8);
        out.write((p.length + 2) & 0xFF);
        out.writeBytes(p);
    }
}
