package id.pendopo.api.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while Keycloak serves the realm's signing keys (JWKS): without them no token can be verified and
 * every call would be refused with 401.
 */
@Readiness
@ApplicationScoped
public class KeycloakReadiness implements HealthCheck {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    static final String JWKS_PROPERTY = "mp.jwt.verify.publickey.location";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("pendopo-api-keycloak-jwks");
        try {
            // Payara runs health checks on its own /health servlet, whose thread does not see this application's
            // configuration: ask for the configuration of this class's application explicitly.
            String jwksUrl = ConfigProvider.getConfig(KeycloakReadiness.class.getClassLoader())
                    .getValue(JWKS_PROPERTY, String.class);
            response.withData("url", jwksUrl);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(jwksUrl)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            boolean up = answer.statusCode() == 200 && answer.body().contains("\"keys\"");
            return response.status(up).withData("status", answer.statusCode()).build();
        } catch (IOException | RuntimeException e) {
            return response.down().withData("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return response.down().withData("error", "interrupted").build();
        }
    }
}
