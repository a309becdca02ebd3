package id.pendopo.api.problem;

import id.pendopo.api.shared.StrictJson;
import id.pendopo.shared.ConcurrentChange;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.ValidationException;
import jakarta.json.bind.JsonbException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns any failure of a request into its problem. Containers and frameworks wrap exceptions (a transaction
 * interceptor, an entity provider), so the cause chain is searched for the first failure with a meaning of its
 * own; what has none is an unexpected error, logged here with a correlation id and answered without details.
 */
public final class ProblemMapping {

    private static final Logger LOG = Logger.getLogger(ProblemMapping.class.getName());

    private ProblemMapping() {
    }

    public static Problem toProblem(Throwable failure, RequestInfo request) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof DomainException d) {
                Problem problem = Problems.of(d, request.path());
                if (problem.status() >= 500) {
                    LOG.log(Level.WARNING, request.method() + " " + request.path() + " failed: " + d.getMessage(), d);
                }
                return problem;
            }
            if (t instanceof ConstraintViolationException v) {
                Problem problem = Problems.of(v.getConstraintViolations(), request.path());
                return problem.status() >= 500 ? logged(problem, failure, request) : problem;
            }
            if (t instanceof JsonbException) {
                // JSON-B reads only request bodies here; the API's own answers are plain records it can always write.
                return wrongJsonValue(failure, request).orElseGet(() -> Problems.malformedJson(request.path()));
            }
            if (t instanceof WebApplicationException w) {
                return ofHttp(w, request, failure);
            }
        }
        var conflict = ConcurrentChange.in(failure);
        if (conflict.isPresent()) {
            return Problems.of(conflict.get(), request.path());
        }
        return logged(Problems.unexpected(Problems.newCorrelationId(), request.path()), failure, request);
    }

    private static Problem ofHttp(WebApplicationException e, RequestInfo request, Throwable failure) {
        int status = e.getResponse().getStatus();
        String queryParameter = failedQueryParameter(e);
        if (queryParameter != null) {
            // JAX-RS answers 404 for a query parameter it cannot convert (?page=abc); for a client it is bad input.
            return Problems.validation(List.of(new Problem.FieldProblem(queryParameter,
                    "has the wrong type", ValidationException.FORMAT)), request.path());
        }
        if (status == 400 && causedBy(e, NoContentException.class)) {
            // A JSON body was required and none came: name it like Bean Validation names a null body.
            return Problems.validation(List.of(new Problem.FieldProblem("body", "must not be empty",
                    ValidationException.REQUIRED)),
                    request.path());
        }
        if (status == 401) {
            return Problems.unauthenticated(request.bearerToken(), request.path());
        }
        if (status == 405 || e instanceof NotAllowedException) {
            Set<String> allowed = e.getResponse().getAllowedMethods();
            return Problems.http(405, "This address does not accept " + request.method()
                    + (allowed.isEmpty() ? "" : "; it accepts " + String.join(", ", new java.util.TreeSet<>(allowed))),
                    request.path());
        }
        if (status >= 500) {
            return logged(Problems.unexpected(Problems.newCorrelationId(), request.path()), failure, request);
        }
        return Problems.http(status, request.path());
    }

    private static final Pattern JSON_PROPERTY = Pattern.compile("Unable to deserialize property '([^']{1,100})'");
    private static final Pattern NO_ENUM_CONSTANT = Pattern.compile("No enum constant ([\\w.$]+)\\.([^.\\s]{0,100})$");

    /** The first message in {@code failure}'s cause chain that {@code pattern} finds something in. */
    private static Optional<Matcher> inMessages(Throwable failure, Pattern pattern) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Matcher m = pattern.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    /**
     * Well-formed JSON with a value of the wrong type or form, as a field error on the property JSON-B names in its
     * wrapping message ("Unable to deserialize property 'rating'…"): a whole number that does not fit
     * ({@link StrictJson}), a string for a number, a date in another format, a word that is not one of an
     * enumeration's values (they are upper case). Empty when JSON-B says nothing of the kind: the JSON is malformed.
     */
    private static Optional<Problem> wrongJsonValue(Throwable failure, RequestInfo request) {
        Optional<String> property = inMessages(failure, JSON_PROPERTY).map(m -> m.group(1));
        String field = property.orElse("body");
        Optional<StrictJson.NotAWholeNumber> number = cause(failure, StrictJson.NotAWholeNumber.class);
        Optional<Matcher> enumeration = inMessages(failure, NO_ENUM_CONSTANT);
        Problem.FieldProblem problem;
        if (number.isPresent()) {
            problem = new Problem.FieldProblem(field, number.get().getMessage(), number.get().code());
        } else if (enumeration.isPresent()) {
            Matcher e = enumeration.get();
            problem = new Problem.FieldProblem(field, "'" + e.group(2) + "' is not a "
                    + e.group(1).substring(e.group(1).lastIndexOf('.') + 1) + ": values are upper case, as the API"
                    + " documents them", ValidationException.INVALID);
        } else if (property.isPresent()) {
            problem = new Problem.FieldProblem(field, "has the wrong type or form for this field (see the API's schema)",
                    ValidationException.FORMAT);
        } else {
            return Optional.empty();
        }
        return Optional.of(Problems.validation(List.of(problem), request.path()));
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return cause(failure, type).isPresent();
    }

    private static <T extends Throwable> Optional<T> cause(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    /** Jersey's ParamException.QueryParamException, recognised by name: its class is not part of the JAX-RS API. */
    private static String failedQueryParameter(WebApplicationException e) {
        if (!e.getClass().getName().endsWith("ParamException$QueryParamException")) {
            return null;
        }
        try {
            Method name = e.getClass().getMethod("getParameterName");
            return String.valueOf(name.invoke(e));
        } catch (ReflectiveOperationException | RuntimeException notJersey) {
            return "query";
        }
    }

    private static Problem logged(Problem problem, Throwable failure, RequestInfo request) {
        String id = problem.correlationId() != null ? problem.correlationId() : Problems.newCorrelationId();
        LOG.log(Level.SEVERE, "Unexpected error " + id + " on " + request.method() + " " + request.path(), failure);
        return problem.correlationId() != null ? problem : problem.withCorrelationId(id);
    }
}
