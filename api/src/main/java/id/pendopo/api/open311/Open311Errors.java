package id.pendopo.api.open311;

import id.pendopo.api.problem.ExceptionMappers;
import id.pendopo.api.problem.Problem;
import id.pendopo.api.problem.ProblemMapping;
import id.pendopo.api.problem.RequestInfo;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;

/**
 * Failures under {@code /open311} in GeoReport's error format. Which failure it is, is decided once for the whole
 * platform ({@link ProblemMapping}: validation 400, not found 404, a refused api_key 403, a wrong method 405, anything
 * unexpected 500 with a logged correlation id), and that number is the error's {@code code}. The HTTP status is one of
 * the three the specification allows for a refused request ({@link #httpStatus}): "404 for resources that don't
 * exist, 403 for errors because of wrong or missing api_key and basically 400 for any other error"; a failure of the
 * server keeps its 5xx. A refused input yields one error per failing field, named as the client sent it.
 */
public final class Open311Errors {

    private Open311Errors() {
    }

    public static Open311Document of(Problem problem) {
        List<String> descriptions = problem.errors().isEmpty()
                ? List.of(problem.detail() == null ? problem.title() : problem.detail())
                : problem.errors().stream().map(e -> e.field() + ": " + e.message()).toList();
        return Open311Views.errors(problem.status(), descriptions);
    }

    /** An error answer: the status, the format the path asked for, and the document. */
    public record Answer(int status, Format format, byte[] body) {
    }

    public static Answer answer(Throwable failure, RequestInfo request) {
        Problem problem = ProblemMapping.toProblem(failure, request);
        Format format = Format.ofPath(request.path());
        return new Answer(httpStatus(problem.status()), format, of(problem).write(format));
    }

    /**
     * GeoReport's HTTP status for a platform status: 404 and 403 (401, a refused token, too) as they are, any other
     * refusal of the request 400. A failure of the server (500, 503) stays one: a client must retry it later, not
     * drop the report as if it were wrong.
     */
    static int httpStatus(int status) {
        if (status >= 500) {
            return status;
        }
        return switch (status) {
            case 404 -> 404;
            case 401, 403 -> 403;
            default -> 400;
        };
    }

    public static Response response(Throwable failure, RequestInfo request) {
        Answer a = answer(failure, request);
        Response response = ExceptionMappers.keepHeaders(failure,
                Response.status(a.status()).type(a.format().contentType()).entity(a.body())).build();
        String retryAfter = retryAfter(a.status());
        if (retryAfter == null || response.getHeaderString("Retry-After") != null) {
            return response; // the failure's own Retry-After, if it named one, stands
        }
        return Response.fromResponse(response).header("Retry-After", retryAfter).build();
    }

    /** When a client may try again, in seconds: after a 503 (the service is unavailable for now); else null. */
    static String retryAfter(int httpStatus) {
        return httpStatus == 503 ? "60" : null;
    }

    /** For errors the servlet container answers itself (see ProblemErrorServlet). */
    public static void write(Problem problem, String path, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Format format = Format.ofPath(path);
        response.resetBuffer();
        response.setStatus(httpStatus(problem.status()));
        Open311Cors.allow(response::setHeader);
        String retryAfter = retryAfter(httpStatus(problem.status()));
        if (retryAfter != null) {
            response.setHeader("Retry-After", retryAfter);
        }
        response.setContentType(format.contentType());
        response.getOutputStream().write(of(problem).write(format));
        response.flushBuffer();
    }

    /** Whether a request path (with the context path) lies under the Open311 application. */
    public static boolean isOpen311Path(String contextPath, String path) {
        return path != null && path.startsWith((contextPath == null ? "" : contextPath) + "/open311/");
    }
}
