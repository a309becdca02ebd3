package id.pendopo.api.problem;

import id.pendopo.api.open311.Open311Errors;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The error page of the whole application (see WEB-INF/web.xml). Errors that never reach JAX-RS, such as the 401
 * that token validation sends for a bad token, a 404 outside {@code /v1}, or an exception in a servlet filter,
 * would otherwise be the container's HTML page; here they become problem+json like every other error.
 */
@WebServlet(name = "problem-error-page", urlPatterns = ProblemErrorServlet.PATH)
public class ProblemErrorServlet extends HttpServlet {

    public static final String PATH = "/error";

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri != null ? uri.toString() : request.getRequestURI();
        RequestInfo info = new RequestInfo(request.getMethod(), path, RequestInfo.of(request).bearerToken());
        Problem problem;
        if (failure instanceof Throwable t) {
            problem = ProblemMapping.toProblem(t, info);
        } else if (status instanceof Integer code) {
            problem = code == 401 ? Problems.unauthenticated(info.bearerToken(), path) : Problems.http(code, path);
        } else {
            // Someone asked for the error page itself.
            problem = Problems.http(404, path);
        }
        if (Open311Errors.isOpen311Path(request.getContextPath(), path)) {
            // Open311 clients read GeoReport's error format, not problem+json.
            Open311Errors.write(problem, path, response);
            return;
        }
        write(problem, response);
    }

    /** Writes a problem as the whole response; also used by filters that refuse a request before JAX-RS. */
    public static void write(Problem problem, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (problem.status() == 401) {
            response.setHeader("WWW-Authenticate", Problems.wwwAuthenticate(problem));
        }
        response.getWriter().write(problem.toJson().toString());
        response.flushBuffer();
    }
}
