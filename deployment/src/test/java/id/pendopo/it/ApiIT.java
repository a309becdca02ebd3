package id.pendopo.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST API on Payara Micro against MariaDB and a real Keycloak: the operator's tenant lifecycle, the
 * tenant staff's view, and the errors every bad input gets.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ApiIT {

    private static final String SLUG = "batubara";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Platform.apiWar();
    }

    @Test
    @Order(1)
    void theOfficialRegionListImportsAndASecondImportChangesNothing() {
        String operator = Platform.operatorToken();
        Platform.Answer first = Fixtures.importRegions(operator);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().getInt("rows")).isEqualTo(91599);
        Platform.Answer second = Fixtures.importRegions(operator);
        assertThat(second.json().getInt("added")).isZero();
        assertThat(second.json().getInt("updated")).isZero();
        assertThat(second.json().getInt("unchanged")).isEqualTo(91599);
    }

    @Test
    @Order(2)
    void aMalformedRegionFileIsRefusedWithEveryBadLineAndChangesNothing() {
        Platform.Answer a = Platform.post("/api/v1/regions/import", Platform.operatorToken(), "text/csv",
                "kode,nama,level\n12.05,Kabupaten Langkat,2\n99.99.99,Nowhere,2\nxx,,1\n");
        assertProblem(a, 400, "validation");
        assertThat(a.json().getJsonArray("errors")).hasSize(2);
    }

    @Test
    @Order(3)
    void anOperatorCreatesATenantWithItsAdminAndDefaultAgencies() {
        String operator = Platform.operatorToken();
        Platform.Answer created = Platform.postJson("/api/v1/tenants", operator, Json.createObjectBuilder()
                .add("kode", "12.19").add("slug", SLUG).add("adminEmail", "admin@batubara.test")
                .add("primaryColor", "#8a1c1c").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/tenants/" + SLUG);
        JsonObject body = created.json();
        assertThat(body.toString()).contains("Kabupaten Batu Bara").contains("ACTIVE").contains("admin." + SLUG);

        Platform.Answer detail = Platform.get("/api/v1/tenants/" + SLUG, operator);
        assertThat(detail.status()).isEqualTo(200);
        assertThat(detail.body()).contains("\"agencies\":17").contains("WIB");

        Platform.Answer list = Platform.get("/api/v1/tenants?q=batu&status=ACTIVE", operator);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains(SLUG);
        assertThat(Platform.get("/api/v1/tenants?q=batu&status=SUSPENDED", operator).body()).doesNotContain(SLUG);
    }

    @Test
    @Order(4)
    void duplicateSlugsCodesAndUnknownRegionsAreRefusedAndCreateNothing() {
        String operator = Platform.operatorToken();
        assertProblem(Platform.postJson("/api/v1/tenants", operator, Json.createObjectBuilder()
                .add("kode", "12.20").add("slug", SLUG).add("adminEmail", "a@b.test").build()), 409, "duplicate-tenant");
        assertProblem(Platform.postJson("/api/v1/tenants", operator, Json.createObjectBuilder()
                .add("kode", "12.19").add("slug", "batubara-dua").add("adminEmail", "a@b.test").build()), 409, "duplicate-tenant");
        Platform.Answer unknown = Platform.postJson("/api/v1/tenants", operator, Json.createObjectBuilder()
                .add("kode", "12.99").add("slug", "entah").add("adminEmail", "a@b.test").build());
        assertProblem(unknown, 400, "validation");
        assertThat(unknown.body()).contains("kode");
        Platform.Answer invalid = Platform.postJson("/api/v1/tenants", operator, Json.createObjectBuilder()
                .add("kode", "1219").add("slug", "Bad Slug").add("adminEmail", "nope").build());
        assertProblem(invalid, 400, "validation");
        assertThat(invalid.json().getJsonArray("errors")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(Platform.get("/api/v1/tenants/entah", operator).status()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void malformedJsonGetsAProblemNotAStackTrace() {
        Platform.Answer a = Platform.post("/api/v1/tenants", Platform.operatorToken(), "application/json", "{\"kode\": ");
        assertProblem(a, 400, "malformed-json");
        assertThat(a.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    @Order(6)
    void missingGarbageAndForeignIssuerTokensAreRefused() {
        assertProblem(Platform.get("/api/v1/tenant", null), 401, null);
        assertProblem(Platform.get("/api/v1/tenant", "not.a.token"), 401, null);
        // A genuine Keycloak token, but from another realm (issuer): the master realm's admin.
        Platform.Answer master = Platform.send(HttpRequest.newBuilder(
                        URI.create(Platform.KEYCLOAK + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=admin-cli&username=admin&password=admin"))
                .build());
        assertThat(master.status()).as(master.toString()).isEqualTo(200);
        assertProblem(Platform.get("/api/v1/tenant", master.json().getString("access_token")), 401, null);
    }

    @Test
    @Order(7)
    void tenantStaffSeeTheirOwnTenantAndAgencies() {
        Fixtures.tenant(Platform.operatorToken(), "12.19", SLUG);
        String admin = Fixtures.adminToken(SLUG);
        Platform.Answer me = Platform.get("/api/v1/tenant", admin);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getString("slug")).isEqualTo(SLUG);
        Platform.Answer agencies = Platform.get("/api/v1/agencies", admin);
        assertThat(agencies.status()).isEqualTo(200);
        assertThat(agencies.body()).contains("DINKES").contains("Dinas Kesehatan");
        Platform.Answer districts = Platform.get("/api/v1/regions/districts", admin);
        assertThat(districts.status()).isEqualTo(200);
        assertThat(districts.body()).contains("12.19.");
    }

    @Test
    @Order(8)
    void aTenantAdminCreatesAnApiClientWhoseTokensAreBoundToTheirTenant() {
        String admin = Fixtures.adminToken(SLUG);
        Platform.Answer created = Platform.postJson("/api/v1/api-clients", admin,
                Json.createObjectBuilder().add("name", "lapor-connector").build());
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String clientId = created.json().getString("clientId");
        assertThat(clientId).isEqualTo(SLUG + "-lapor-connector");
        String secret = created.json().getString("secret");

        String clientToken = Platform.clientToken(clientId, secret);
        Platform.Answer me = Platform.get("/api/v1/tenant", clientToken);
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getString("slug")).isEqualTo(SLUG);
        assertThat(Platform.get("/api/v1/tenants", clientToken).status()).isEqualTo(403);
        assertThat(Platform.get("/api/v1/api-clients", clientToken).status()).isEqualTo(403);

        Platform.Answer list = Platform.get("/api/v1/api-clients", admin);
        assertThat(list.body()).contains(clientId).doesNotContain(secret);
        assertProblem(Platform.postJson("/api/v1/api-clients", admin,
                Json.createObjectBuilder().add("name", "Bad Name!").build()), 400, "validation");

        assertThat(Platform.delete("/api/v1/api-clients/" + clientId, admin).status()).isEqualTo(204);
        assertProblem(Platform.delete("/api/v1/api-clients/" + clientId, admin), 404, "not-found");
    }

    @Test
    @Order(9)
    void tenantStaffCannotUseOperatorEndpoints() {
        String admin = Fixtures.adminToken(SLUG);
        assertThat(Platform.get("/api/v1/tenants", admin).status()).isEqualTo(403);
        assertThat(Platform.post("/api/v1/tenants/" + SLUG + "/suspend", admin, "application/json", "{}").status())
                .isEqualTo(403);
    }

    @Test
    @Order(10)
    void aSuspendedTenantsStaffAreRefusedWithAClearMessageAndOperatorsStillManageIt() {
        String operator = Platform.operatorToken();
        String admin = Fixtures.adminToken(SLUG);
        Platform.Answer suspended = Platform.postJson("/api/v1/tenants/" + SLUG + "/suspend", operator,
                Json.createObjectBuilder().add("reason", "Kontrak belum diperpanjang").build());
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);

        Platform.Answer refused = Platform.get("/api/v1/tenant", admin);
        assertProblem(refused, 403, "tenant-suspended");
        assertThat(refused.json().getString("detail")).contains("Kontrak belum diperpanjang");
        assertThat(Platform.get("/api/v1/tenants/" + SLUG, operator).body()).contains("SUSPENDED");

        assertProblem(Platform.postJson("/api/v1/tenants/" + SLUG + "/suspend", operator,
                Json.createObjectBuilder().add("reason", "again").build()), 409, "illegal-tenant-transition");
        assertThat(Platform.post("/api/v1/tenants/" + SLUG + "/reactivate", operator, "application/json", "{}").status())
                .isEqualTo(200);
        assertThat(Platform.get("/api/v1/tenant", admin).status()).isEqualTo(200);
    }

    @Test
    @Order(11)
    void anOperatorExportsATenantsCompleteData() throws Exception {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Platform.BASE + "/api/v1/tenants/" + SLUG + "/export"))
                .header("Authorization", "Bearer " + Platform.operatorToken()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).contains("zip");
        List<String> files = new ArrayList<>();
        String agencies = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                files.add(e.getName());
                if (e.getName().equals("agencies.csv")) {
                    agencies = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        assertThat(files).contains("tenant.json", "agencies.csv", "settings.csv");
        assertThat(agencies.lines().count()).isEqualTo(18);
    }

    @Test
    @Order(12)
    void deletionArchivesFirstAndPurgesOnlyWithTheSlugTyped() {
        String operator = Platform.operatorToken();
        assertProblem(Platform.delete("/api/v1/tenants/" + SLUG + "?confirm=" + SLUG, operator), 409,
                "illegal-tenant-transition");
        assertThat(Platform.postJson("/api/v1/tenants/" + SLUG + "/archive", operator,
                Json.createObjectBuilder().add("reason", "uji").build()).status()).isEqualTo(200);
        assertProblem(Platform.delete("/api/v1/tenants/" + SLUG + "?confirm=batu-bara", operator), 409,
                "purge-confirmation-mismatch");
        Platform.Answer purged = Platform.delete("/api/v1/tenants/" + SLUG + "?confirm=" + SLUG, operator);
        assertThat(purged.status()).as(purged.toString()).isIn(200, 204);
        assertThat(Platform.get("/api/v1/tenants/" + SLUG, operator).status()).isEqualTo(404);
        Platform.Answer users = Platform.get(Platform.KEYCLOAK + "/admin/realms/pendopo/users?exact=true&username=admin."
                + SLUG, Platform.clientToken("pendopo-admin", "pendopo-admin-dev-secret"));
        assertThat(users.array()).as("the tenant's accounts are removed from Keycloak").isEmpty();
    }

    @Test
    @Order(13)
    void healthAndMetricsAreServedBesideTheUi() {
        Platform.Answer ready = Platform.get("/api/health/ready", null);
        assertThat(ready.status()).as(ready.toString()).isEqualTo(200);
        assertThat(ready.json().getString("status")).isEqualTo("UP");
        assertThat(ready.body()).contains("pendopo-api-database").contains("MySQL");
        assertThat(Platform.get("/api/health/live", null).json().getString("status")).isEqualTo("UP");
        Platform.Answer metrics = Platform.get("/api/metrics", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body()).containsPattern("(?m)^jvm_memory_heap_used_bytes \\d+").contains("jvm_gc_collections_total{gc=");
    }

    static void assertProblem(Platform.Answer a, int status, String type) {
        assertThat(a.status()).as(a.toString()).isEqualTo(status);
        assertThat(a.contentType()).as(a.toString()).startsWith("application/problem+json");
        JsonObject p = a.json();
        assertThat(p.getInt("status")).isEqualTo(status);
        assertThat(p.getString("title", null)).isNotBlank();
        if (type != null) {
            assertThat(p.getString("type")).endsWith("/" + type);
        }
        assertThat(a.body()).doesNotContain("\tat ").doesNotContain(".java:");
    }
}
