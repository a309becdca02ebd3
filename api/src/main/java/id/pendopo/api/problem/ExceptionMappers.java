package id.pendopo.api.problem;

import id.pendopo.shared.DomainException;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The JAX-RS side of the error model. JAX-RS picks the mapper of the most specific exception type, and Jersey
 * brings mappers of its own (for Bean Validation, for instance), so each family the API answers for has a mapper
 * here; all of them hand over to {@link ProblemMapping}.
 */
public final class ExceptionMappers {

    private ExceptionMappers() {
    }

    static Response respond(Throwable failure, HttpServletRequest request) {
        RequestInfo info = RequestInfo.of(request);
        Problem problem = ProblemMapping.toProblem(failure, info);
        Response.ResponseBuilder response = problem.toResponse();
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, Problems.wwwAuthenticate(problem));
        }
        keepHeaders(failure, response);
        return response.build();
    }

    /** The headers a JAX-RS failure's own answer carried that a replacement must keep: Allow (405), Retry-After. */
    public static Response.ResponseBuilder keepHeaders(Throwable failure, Response.ResponseBuilder response) {
        if (failure instanceof WebApplicationException w && w.getResponse() != null) {
            for (String header : new String[] {HttpHeaders.ALLOW, HttpHeaders.RETRY_AFTER}) {
                String value = w.getResponse().getHeaderString(header);
                if (value != null) {
                    response.header(header, value);
                }
            }
        }
        return response;
    }

    /**
     * One mapper per exception family; JAX-RS reads the family from the type argument. Each hands the failure to
     * {@link ProblemMapping}.
     */
    abstract static class ToProblem<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(E failure) {
            return respond(failure, request);
        }
    }

    /** Business rules refused the request. */
    @Provider
    public static class Domain extends ToProblem<DomainException> {
    }

    /** Bean Validation of parameters and bodies; takes precedence over Jersey's own ValidationException mapper. */
    @Provider
    public static class ConstraintViolation extends ToProblem<ConstraintViolationException> {
    }

    /** JAX-RS's own answers: unknown path, wrong method, missing token, unacceptable media type. */
    @Provider
    public static class Http extends ToProblem<WebApplicationException> {
    }

    /** A body JSON-B could not read. */
    @Provider
    public static class Json extends ToProblem<JsonbException> {
    }

    /** Jersey wraps entity-provider failures (such as unreadable JSON) in a ProcessingException. */
    @Provider
    public static class Processing extends ToProblem<ProcessingException> {
    }

    /** Everything else: a 500 with a correlation id and no details. */
    @Provider
    public static class Unexpected extends ToProblem<Throwable> {
    }
}
