package id.pendopo.api.health;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;
import org.eclipse.microprofile.health.Readiness;

/**
 * The platform's health at {@code /api/health}, {@code /api/health/live} and {@code /api/health/ready}, in the
 * MicroProfile Health JSON format (503 when any check is DOWN).
 *
 * <p>Payara serves MicroProfile Health at {@code /health} through its default web module, and the UI
 * (ROOT.war at {@code /}) replaces that module, so the server-root endpoints are not reachable once the UI
 * is deployed. This servlet runs the same {@code @Readiness}/{@code @Liveness} checks itself.
 */
@WebServlet(name = "health", urlPatterns = {"/health", "/health/live", "/health/ready"})
public class HealthServlet extends HttpServlet {

    @Inject
    @Any
    Instance<HealthCheck> checks;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getServletPath();
        List<HealthCheckResponse> results = new ArrayList<>();
        if (!path.endsWith("/ready")) {
            checks.select(Liveness.Literal.INSTANCE).forEach(c -> results.add(run(c)));
        }
        if (!path.endsWith("/live")) {
            checks.select(Readiness.Literal.INSTANCE).forEach(c -> results.add(run(c)));
        }
        boolean up = results.stream().allMatch(r -> r.getStatus() == HealthCheckResponse.Status.UP);
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (HealthCheckResponse r : results) {
            JsonObjectBuilder check = Json.createObjectBuilder().add("name", r.getName()).add("status", r.getStatus().name());
            r.getData().ifPresent(data -> {
                JsonObjectBuilder d = Json.createObjectBuilder();
                for (Map.Entry<String, Object> e : data.entrySet()) {
                    d.add(e.getKey(), String.valueOf(e.getValue()));
                }
                check.add("data", d);
            });
            array.add(check);
        }
        response.setStatus(up ? 200 : 503);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder().add("status", up ? "UP" : "DOWN").add("checks", array)
                .build().toString());
    }

    private static HealthCheckResponse run(HealthCheck check) {
        try {
            return check.call();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named(check.getClass().getSimpleName()).down()
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
