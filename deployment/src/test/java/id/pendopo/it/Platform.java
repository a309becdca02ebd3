package id.pendopo.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The running platform as the integration tests see it: Payara Micro with both WARs on a fixed port, a real
 * Keycloak, and a real MariaDB. Ports and paths come from the build (deployment/pom.xml).
 */
public final class Platform {

    public static final int HTTP_PORT = Integer.getInteger("pendopo.it.httpPort", 18080);
    public static final int KC_PORT = Integer.getInteger("pendopo.it.kcPort", 18180);
    public static final String BASE = "http://localhost:" + HTTP_PORT;
    public static final String KEYCLOAK = "http://localhost:" + KC_PORT;
    public static final String REALM = KEYCLOAK + "/realms/pendopo";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private Platform() {
    }

    /** The API WAR as the Arquillian deployment; the UI WAR is deployed beside it (arquillian.xml). */
    public static WebArchive apiWar() {
        return ShrinkWrap.createFromZipFile(WebArchive.class,
                Path.of(System.getProperty("pendopo.it.apiWar")).toFile());
    }

    /** An HTTP answer, with the body parsed as JSON on demand. */
    public record Answer(int status, String contentType, String body, Map<String, java.util.List<String>> headers) {

        public JsonObject json() {
            return (JsonObject) parse();
        }

        public JsonArray array() {
            return (JsonArray) parse();
        }

        private JsonStructure parse() {
            try {
                return Json.createReader(new StringReader(body)).read();
            } catch (RuntimeException e) {
                throw new AssertionError("Not JSON (HTTP " + status + ", " + contentType + "): " + body, e);
            }
        }

        public String header(String name) {
            return headers.getOrDefault(name.toLowerCase(java.util.Locale.ROOT), java.util.List.of()).stream()
                    .findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return "HTTP " + status + " " + contentType + " " + (body.length() > 500 ? body.substring(0, 500) + "..." : body);
        }
    }

    public static Answer get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public static Answer post(String path, String token, String contentType, String body) {
        return send(request(path, token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public static Answer postJson(String path, String token, JsonValue body) {
        return post(path, token, "application/json", body.toString());
    }

    public static Answer delete(String path, String token) {
        return send(request(path, token).DELETE().build());
    }

    public static Answer send(String method, String path, String token, String contentType, String body) {
        HttpRequest.Builder b = request(path, token);
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", contentType).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return send(b.build());
    }

    static HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : BASE + path))
                .timeout(Duration.ofSeconds(120)).header("Accept", "application/json, application/problem+json, */*");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return b;
    }

    static Answer send(HttpRequest request) {
        return send(HTTP, request);
    }

    /**
     * Sends on a connection of its own, in HTTP/1.1: for a request the server refuses before reading its body,
     * which ends that connection (and would end the shared client's HTTP/2 connection with it).
     */
    static Answer sendAlone(HttpRequest request) {
        return send(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER).build(), request);
    }

    private static Answer send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.headers().firstValue("content-type").orElse(""), r.body(), r.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---- tokens from the real Keycloak ----------------------------------------------------------

    /** A user's access token through the password grant of the test client {@code pendopo-cli}. */
    public static String userToken(String username, String password) {
        return token(Map.of("grant_type", "password", "client_id", "pendopo-cli", "username", username,
                "password", password, "scope", "openid organization"));
    }

    /** A user's tokens (access, refresh, id) through the password grant, as Keycloak answered them. */
    public static JsonObject userSession(String username, String password) {
        Answer a = tokenAnswer(Map.of("grant_type", "password", "client_id", "pendopo-cli", "username", username,
                "password", password, "scope", "openid organization"));
        if (a.status() != 200) {
            throw new AssertionError("Keycloak refused a token for " + username + ": " + a);
        }
        return a.json();
    }

    /** Keycloak's answer to refreshing {@code session}: 200 while the session lives, 400 once it was ended. */
    public static Answer refresh(JsonObject session) {
        return tokenAnswer(Map.of("grant_type", "refresh_token", "client_id", "pendopo-cli",
                "refresh_token", session.getString("refresh_token")));
    }

    private static Answer tokenAnswer(Map<String, String> form) {
        return send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
    }

    /** An API client's access token through the client-credentials grant. */
    public static String clientToken(String clientId, String secret) {
        return token(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    private static String token(Map<String, String> form) {
        Answer a = send(HttpRequest.newBuilder(URI.create(REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
        if (a.status() != 200) {
            throw new AssertionError("Keycloak refused a token for " + form.get("username") + form.get("client_id") + ": " + a);
        }
        return a.json().getString("access_token");
    }

    static String form(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public static String operatorToken() {
        return userToken("operator", "operator");
    }
}
