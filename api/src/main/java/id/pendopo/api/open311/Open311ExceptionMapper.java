package id.pendopo.api.open311;

import id.pendopo.api.problem.RequestInfo;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Every failure of the Open311 application, from a refused field to an unknown path, in GeoReport's error format.
 * Registered only by {@link Open311Application} (no {@code @Provider}), so the main API keeps problem+json.
 */
public class Open311ExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpServletRequest request;

    @Override
    public Response toResponse(Throwable failure) {
        return Open311Errors.response(failure, RequestInfo.of(request));
    }
}
