package id.pendopo.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Tenant A's users and API clients can never see or touch tenant B's data, through any endpoint.
 *
 * <p>The endpoints are not listed here: they are read from the live OpenAPI document, so every endpoint
 * added later joins this suite by itself. Each operation is called with A's credentials and B's identifiers
 * in its path parameters and must answer 403 or 404; each list operation must return none of the ids that
 * the same operation returns to B. A path parameter this suite has no value of B for fails the suite, so a
 * new kind of resource cannot slip through untested: add its value to {@link #bValues}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantIsolationIT {

    private static final String A = "langkat";
    private static final String B = "medan";
    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private static final Map<String, String> bValues = new LinkedHashMap<>();
    private static final Map<String, String> callersOfA = new LinkedHashMap<>();
    private static String tokenOfB;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Platform.apiWar();
    }

    @BeforeAll
    static void twoTenantsWithData() {
        String operator = Platform.operatorToken();
        Fixtures.importRegions(operator);
        Fixtures.tenant(operator, "12.05", A);
        Fixtures.tenant(operator, "12.71", B);
        tokenOfB = Fixtures.adminToken(B);

        // B's identifiers, one for each kind of path parameter the API has.
        bValues.put("slug", B);
        JsonArray agencies = Platform.get("/api/v1/agencies", tokenOfB).array();
        assertThat(agencies).as("tenant B holds data").isNotEmpty();
        bValues.put("id", String.valueOf(agencies.getJsonObject(0).getJsonNumber("id").longValue()));
        JsonArray districts = Platform.get("/api/v1/regions/districts", tokenOfB).array();
        assertThat(districts).isNotEmpty();
        bValues.put("kode", districts.getJsonObject(0).getString("kode"));
        Platform.Answer client = Platform.postJson("/api/v1/api-clients", tokenOfB,
                jakarta.json.Json.createObjectBuilder().add("name", "isolasi").build());
        assertThat(client.status()).as(client.toString()).isIn(201, 409);
        bValues.put("clientId", B + "-isolasi");
        Platform.Answer complaint = Platform.postJson("/api/v1/complaints", tokenOfB, jakarta.json.Json.createObjectBuilder()
                .add("type", "PENGADUAN").add("categoryCode", "LAINNYA").add("title", "Laporan Medan")
                .add("description", "Isolasi").add("channel", "WALK_IN").add("location", jakarta.json.Json.createObjectBuilder()
                        .add("districtCode", bValues.get("kode"))).build());
        assertThat(complaint.status()).as(complaint.toString()).isEqualTo(201);
        bValues.put("trackingId", complaint.json().getString("trackingId"));
        bValues.put("position", "0");
        Platform.Answer key = Platform.postJson("/api/v1/open311-keys", tokenOfB,
                jakarta.json.Json.createObjectBuilder().add("name", "isolasi").build());
        assertThat(key.status()).as(key.toString()).isEqualTo(201);
        bValues.put("keyId", key.json().getString("keyId"));
        Platform.Answer hook = Platform.postJson("/api/v1/webhooks", tokenOfB, jakarta.json.Json.createObjectBuilder()
                .add("url", "http://127.0.0.1:9/isolasi").build());
        assertThat(hook.status()).as(hook.toString()).isEqualTo(201);
        bValues.put("webhooks/id", hook.json().get("id").toString().replace("\"", ""));
        bValues.put("deliveryId", "1");
        Platform.Answer category = Platform.postJson("/api/v1/complaint-categories", tokenOfB, jakarta.json.Json
                .createObjectBuilder().add("code", "KHUSUS-MEDAN").add("name", "Khusus Medan").build());
        assertThat(category.status()).as(category.toString()).isIn(201, 409);
        bValues.put("code", "KHUSUS-MEDAN");
        Platform.Answer holiday = Platform.postJson("/api/v1/holidays", tokenOfB, jakarta.json.Json.createObjectBuilder()
                .add("date", "2026-08-01").add("name", "Hari Jadi Kota Medan").add("kind", "REGIONAL").build());
        assertThat(holiday.status()).as(holiday.toString()).isIn(201, 409);
        bValues.put("holidays/id", Platform.get("/api/v1/holidays?year=2026", tokenOfB).array().stream()
                .map(v -> v.asJsonObject()).filter(h -> h.getString("name").equals("Hari Jadi Kota Medan")).findFirst()
                .orElseThrow().get("id").toString());

        callersOfA.put("tenant admin of A", Fixtures.adminToken(A));
        callersOfA.put("complaint officer of A", Platform.userToken("petugas.langkat", "petugas.langkat"));
        callersOfA.put("agency officer of A", Platform.userToken("opd.langkat", "opd.langkat"));
        callersOfA.put("API client of A", Platform.clientToken("langkat-integration", "langkat-integration-dev-secret"));
    }

    /**
     * Open311 is not in the OpenAPI document: one endpoint for every regency, told apart by {@code jurisdiction_id}.
     * Through A's jurisdiction nothing of B's is found, listed or written, and B's api_key opens nothing of A's.
     */
    @Test
    void open311ShowsAndTakesNothingAcrossJurisdictions() {
        String bId = bValues.get("trackingId");
        String base = "/api/open311/v2/";
        List<String> failures = new ArrayList<>();
        for (String path : List.of("requests/" + bId + ".json", "requests/" + bId + ".xml", "tokens/" + bId + ".json",
                "services/KHUSUS-MEDAN.json")) {
            Platform.Answer a = Platform.get(base + path + "?jurisdiction_id=" + A, null);
            if (a.status() != 404) {
                failures.add(path + " through " + A + " answered " + a.status() + ": " + a.body());
            }
        }
        // B's own view first, so an empty answer through A means isolation and not an empty regency.
        assertThat(Platform.get(base + "requests.json?jurisdiction_id=" + B + "&service_request_id=" + bId, null).body())
                .contains(bId);
        assertThat(Platform.get(base + "services.json?jurisdiction_id=" + B, null).body()).contains("KHUSUS-MEDAN");
        for (String path : List.of("requests.json?service_request_id=" + bId, "requests.json?page_size=1000",
                "requests.xml?service_request_id=" + bId, "services.json")) {
            Platform.Answer a = Platform.get(base + path + (path.contains("?") ? "&" : "?") + "jurisdiction_id=" + A, null);
            if (a.status() != 200 || a.body().contains(bId) || a.body().contains("KHUSUS-MEDAN")) {
                failures.add(path + " through " + A + " answered " + a.status() + ": " + a.body());
            }
        }
        String bKey = Platform.postJson("/api/v1/open311-keys", tokenOfB,
                jakarta.json.Json.createObjectBuilder().add("name", "isolasi-2").build()).json().getString("key");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("jurisdiction_id", A);
        form.put("api_key", bKey);
        form.put("service_code", "LAINNYA");
        form.put("description", "Kunci Medan di Langkat");
        form.put("attribute[district]", "12.05.01");
        Platform.Answer posted = Platform.post(base + "requests.json", null, "application/x-www-form-urlencoded",
                Platform.form(form));
        if (posted.status() != 403) {
            failures.add("POST requests through " + A + " with B's api_key answered " + posted.status() + ": " + posted.body());
        }
        assertThat(failures).isEmpty();
    }

    record Operation(String method, String path) {
        boolean hasParameters() {
            return path.contains("{");
        }
    }

    @Test
    void theSuiteCoversEveryOperationOfTheApi() {
        List<Operation> ops = operations();
        assertThat(ops).as("operations in /api/openapi").hasSizeGreaterThanOrEqualTo(10);
        assertThat(ops).extracting(Operation::path).contains("/api/v1/agencies/{id}", "/api/v1/tenants/{slug}");
    }

    @Test
    void aTenantsCallersGet403Or404OnAnotherTenantsResources() {
        List<String> failures = new ArrayList<>();
        for (Operation op : operations()) {
            if (!op.hasParameters()) {
                continue;
            }
            String path = withValuesOfB(op.path());
            for (Map.Entry<String, String> caller : callersOfA.entrySet()) {
                Platform.Answer a = Platform.send(op.method(), path, caller.getValue(), "application/json",
                        op.method().equals("GET") || op.method().equals("DELETE") ? null : "{}");
                if (a.status() != 403 && a.status() != 404) {
                    failures.add(op.method() + " " + path + " as " + caller.getKey() + " -> " + a);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void aTenantsListsNeverIncludeAnotherTenantsRows() {
        List<String> failures = new ArrayList<>();
        int compared = 0;
        for (Operation op : operations()) {
            if (op.hasParameters() || !op.method().equals("GET")) {
                continue;
            }
            Platform.Answer ofB = Platform.get(op.path(), tokenOfB);
            if (ofB.status() != 200 || !ofB.contentType().contains("json")) {
                continue;
            }
            Set<String> idsOfB = ids(ofB);
            for (Map.Entry<String, String> caller : callersOfA.entrySet()) {
                Platform.Answer a = Platform.get(op.path(), caller.getValue());
                if (a.status() == 200 && a.contentType().contains("json")) {
                    compared++;
                    Set<String> leaked = new HashSet<>(ids(a));
                    leaked.retainAll(idsOfB);
                    if (!leaked.isEmpty()) {
                        failures.add("GET " + op.path() + " as " + caller.getKey() + " shows B's ids " + leaked);
                    }
                } else if (a.status() != 403) {
                    failures.add("GET " + op.path() + " as " + caller.getKey() + " -> " + a);
                }
            }
        }
        // Codes (of agencies, categories) repeat across regencies by design, so they are not compared as ids above;
        // a category only B has must not show up for A.
        for (Map.Entry<String, String> caller : callersOfA.entrySet()) {
            assertThat(Platform.get("/api/v1/complaint-categories", caller.getValue()).body()).as(caller.getKey())
                    .doesNotContain("KHUSUS-MEDAN");
        }
        assertThat(compared).as("list operations compared").isGreaterThanOrEqualTo(3);
        assertThat(failures).isEmpty();
    }

    /** Every GET and mutating operation listed in the live OpenAPI document, with the /api prefix. */
    static List<Operation> operations() {
        Platform.Answer doc = Platform.get("/api/openapi", null);
        assertThat(doc.status()).as(doc.toString()).isEqualTo(200);
        JsonObject paths = doc.json().getJsonObject("paths");
        List<Operation> ops = new ArrayList<>();
        for (Map.Entry<String, JsonValue> p : paths.entrySet()) {
            String path = p.getKey().startsWith("/api/") ? p.getKey() : "/api" + p.getKey();
            if (!path.startsWith("/api/v1/")) {
                continue;
            }
            for (String method : p.getValue().asJsonObject().keySet()) {
                if (Set.of("get", "post", "put", "patch", "delete").contains(method)) {
                    ops.add(new Operation(method.toUpperCase(java.util.Locale.ROOT), path));
                }
            }
        }
        return ops;
    }

    static String withValuesOfB(String path) {
        Matcher m = PARAM.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            // A parameter name used by several kinds of resource ({id}) takes the value of the path's kind when there is one.
            String kind = path.replaceFirst("^/api/v1/([^/]+).*$", "$1") + "/";
            String value = bValues.getOrDefault(kind + m.group(1), bValues.get(m.group(1)));
            assertThat(value).as("the isolation suite needs tenant B's value for {%s} in %s: add it to bValues",
                    m.group(1), path).isNotNull();
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Every value of a field named id, kode or slug anywhere in a JSON answer. */
    static Set<String> ids(Platform.Answer a) {
        Set<String> ids = new HashSet<>();
        collect(a.body().trim().startsWith("[") ? a.array() : a.json(), ids);
        return ids;
    }

    private static void collect(JsonValue v, Set<String> ids) {
        if (v instanceof JsonObject o) {
            for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                if (Set.of("id", "slug", "trackingId", "keyId").contains(e.getKey()) && e.getValue().getValueType() != JsonValue.ValueType.OBJECT) {
                    ids.add(e.getValue() instanceof JsonString s ? s.getString() : e.getValue().toString());
                }
                collect(e.getValue(), ids);
            }
        } else if (v instanceof JsonArray arr) {
            arr.forEach(x -> collect(x, ids));
        }
    }
}
