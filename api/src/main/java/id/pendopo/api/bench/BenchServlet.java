package id.pendopo.api.bench;

import id.pendopo.complaint.ComplaintFilter;
import id.pendopo.complaint.ComplaintQueries;
import id.pendopo.complaint.ComplaintStatus;
import id.pendopo.shared.Transactions;
import id.pendopo.tenancy.TenantAccess;
import id.pendopo.tenancy.TenantContext;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The benchmark endpoints, at {@code /api/bench/*}, and a 404 for everyone unless {@code pendopo.bench.enabled=true}.
 *
 * <ul>
 * <li>{@code POST /api/bench/complaints}: the bare insert, {@link BenchRows#insert}, in a plain servlet: no JAX-RS, no
 * JPA, no tenancy, no token, no idempotency, no timeline. {@link BenchResource} runs the same insert behind JAX-RS.
 * <li>{@code GET /api/bench/inbox?jurisdiction=<slug>&case=all|received-overdue}: the staff inbox's first page
 * ({@link ComplaintQueries#range} of 50, newest first) and its two counters, each in its own transaction inside the
 * tenant, as the UI's console runs them; answers the milliseconds each took.
 * </ul>
 */
@WebServlet(name = "bench", urlPatterns = "/bench/*")
public class BenchServlet extends HttpServlet {

    @Inject
    @ConfigProperty(name = "pendopo.bench.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    BenchRows rows;
    @Inject
    TenantAccess access;
    @Inject
    ComplaintQueries queries;
    @Inject
    Transactions tx;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!enabled || !"/complaints".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        long id = rows.insert(request.getInputStream());
        respond(response, 201, "{\"id\":" + id + "}");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!enabled || !"/inbox".equals(request.getPathInfo())) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ComplaintFilter filter = switch (String.valueOf(request.getParameter("case"))) {
            case "all" -> ComplaintFilter.ALL;
            case "received-overdue" -> new ComplaintFilter(Set.of(ComplaintStatus.RECEIVED), null, null, null, true,
                    null, null, null, null, false);
            // Words found in no complaint: the whole search window is read (ComplaintQueries.SEARCH_WINDOW).
            case "words-rare" -> new ComplaintFilter(null, null, null, null, null, null, null, null,
                    "tidak-ada-di-laporan-mana-pun", false);
            // Words in about one complaint in thirteen (a title of the bulk load): the page fills early.
            case "words-common" -> new ComplaintFilter(null, null, null, null, null, null, null, null, "pdam", false);
            default -> null;
        };
        if (filter == null) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        try (TenantContext.Scope s = TenantContext.enter(access.resolve(request.getParameter("jurisdiction")))) {
            long t0 = System.nanoTime();
            int rows = tx.inNew(() -> queries.range(filter, ComplaintQueries.Order.NEWEST, 0, 50)).size();
            long t1 = System.nanoTime();
            // The inbox's counters, as ComplaintConsole.counts(null) runs them.
            long received = tx.inNew(() -> queries.count(ComplaintFilter.ALL.withStatuses(Set.of(ComplaintStatus.RECEIVED))));
            long overdue = tx.inNew(() -> queries.count(new ComplaintFilter(null, null, null, null, true, null, null,
                    null, null, false)));
            long t2 = System.nanoTime();
            respond(response, 200, String.format(java.util.Locale.ROOT,
                    "{\"rows\":%d,\"rangeMs\":%.3f,\"countsMs\":%.3f,\"received\":%d,\"overdue\":%d}",
                    rows, (t1 - t0) / 1e6, (t2 - t1) / 1e6, received, overdue));
        }
    }

    private static void respond(HttpServletResponse response, int status, String json) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(json);
    }
}
