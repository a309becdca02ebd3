package id.pendopo.api.problem;

import id.pendopo.api.shared.BodyTooLargeException;
import id.pendopo.identity.IdentityUnavailableException;
import id.pendopo.complaint.InvalidTrackingSecretException;
import id.pendopo.idempotency.IdempotencyKeyReusedException;
import id.pendopo.open311key.InvalidApiKeyException;
import id.pendopo.shared.ConflictException;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.NoTenantException;
import id.pendopo.tenancy.TenantAccessDeniedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Decides how each failure looks to a client: its HTTP status and its problem type. The domain's exception
 * classes carry the meaning (not found, conflict, refused input, tenant refused); the domain's {@link
 * DomainException#type()} is the problem code. HTTP-level failures (wrong URL, wrong method, no token) get codes of
 * their own.
 */
public final class Problems {

    /** Status per domain exception class; a subclass inherits the status of its nearest listed ancestor. */
    private static final Map<Class<? extends DomainException>, Integer> STATUS = new LinkedHashMap<>();

    static {
        STATUS.put(ValidationException.class, 400);
        STATUS.put(TenantAccessDeniedException.class, 403);
        // In the API the missing tenant is the caller's: a token whose account belongs to no regency.
        STATUS.put(NoTenantException.class, 403);
        STATUS.put(NotFoundException.class, 404);
        STATUS.put(ConflictException.class, 409);
        STATUS.put(IdentityUnavailableException.class, 503);
        // The citizen's secret proves who they are; a wrong one is a refusal, not a missing login.
        STATUS.put(InvalidTrackingSecretException.class, 403);
        // Open311: a missing, unknown, revoked or foreign api_key; GeoReport v2 answers 403 for it.
        STATUS.put(InvalidApiKeyException.class, 403);
        // RFC draft "The Idempotency-Key HTTP Header Field": a key reused with another payload is 422.
        STATUS.put(IdempotencyKeyReusedException.class, 422);
        STATUS.put(BodyTooLargeException.class, 413);
        // Any other refused business rule: the request was understood and is not allowed in the current state.
        STATUS.put(DomainException.class, 422);
    }

    public static final String VALIDATION = "validation";
    public static final String MALFORMED_JSON = "malformed-json";
    public static final String AUTHENTICATION_REQUIRED = "authentication-required";
    public static final String INVALID_TOKEN = "invalid-token";
    public static final String INTERNAL_ERROR = "internal-error";

    private static final Map<Integer, String> HTTP_CODES = Map.ofEntries(
            Map.entry(400, "bad-request"),
            Map.entry(401, AUTHENTICATION_REQUIRED),
            Map.entry(403, "forbidden"),
            Map.entry(404, "not-found"),
            Map.entry(405, "method-not-allowed"),
            Map.entry(406, "not-acceptable"),
            Map.entry(409, "conflict"),
            Map.entry(413, "payload-too-large"),
            Map.entry(415, "unsupported-media-type"),
            Map.entry(500, INTERNAL_ERROR),
            Map.entry(503, "service-unavailable"));

    private static final Map<Integer, String> HTTP_DETAILS = Map.ofEntries(
            Map.entry(400, "The request is not valid"),
            Map.entry(401, "A bearer token from the Pendopo identity provider is required"),
            Map.entry(403, "Your roles do not allow this operation"),
            Map.entry(404, "There is nothing at this address"),
            Map.entry(405, "This address does not accept the request's method"),
            Map.entry(406, "This address cannot answer in any of the media types the request accepts"),
            Map.entry(413, "The request body is too large"),
            Map.entry(415, "This address does not accept the request body's media type"),
            Map.entry(500, "An unexpected error occurred; it has been logged"),
            Map.entry(503, "The service is temporarily unavailable; try again later"));

    private Problems() {
    }

    public static int statusOf(DomainException e) {
        for (Class<?> c = e.getClass(); c != null; c = c.getSuperclass()) {
            Integer status = STATUS.get(c);
            if (status != null) {
                return status;
            }
        }
        return 422;
    }

    public static Problem of(DomainException e, String instance) {
        Problem problem = Problem.of(e.type(), statusOf(e), e.getMessage(), instance);
        if (e instanceof ValidationException v) {
            problem = problem.withErrors(v.errors().stream()
                    .map(f -> new Problem.FieldProblem(f.field(), f.message(), f.code())).toList());
        }
        return problem;
    }

    /** Bean Validation of a request: every violation becomes one field error, named as the client sent it. */
    public static Problem of(Set<? extends ConstraintViolation<?>> violations, String instance) {
        boolean ofResponse = violations.stream().anyMatch(v -> kindsOf(v.getPropertyPath()).contains(ElementKind.RETURN_VALUE));
        if (ofResponse) {
            // The server produced an invalid answer: a bug, not the client's input.
            return unexpected(newCorrelationId(), instance);
        }
        List<Problem.FieldProblem> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : violations) {
            errors.add(new Problem.FieldProblem(fieldName(v.getPropertyPath()), v.getMessage(), codeOf(v)));
        }
        errors.sort(Comparator.comparing(Problem.FieldProblem::field).thenComparing(Problem.FieldProblem::message));
        return validation(errors, instance);
    }

    /** The field error code of a Bean Validation constraint, by its annotation. */
    static String codeOf(ConstraintViolation<?> v) {
        String constraint = v.getConstraintDescriptor() == null ? ""
                : v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotNull", "NotBlank", "NotEmpty" -> ValidationException.REQUIRED;
            case "Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero"
                    -> ValidationException.OUT_OF_RANGE;
            case "Size" -> ValidationException.TOO_LONG.equals(sizeKind(v)) ? ValidationException.TOO_LONG
                    : ValidationException.OUT_OF_RANGE;
            case "Pattern", "Email", "Past", "Future", "PastOrPresent", "FutureOrPresent" -> ValidationException.FORMAT;
            default -> ValidationException.INVALID;
        };
    }

    /** A @Size violation is "too long" when the value is over its max. */
    private static String sizeKind(ConstraintViolation<?> v) {
        Object max = v.getConstraintDescriptor().getAttributes().get("max");
        Object value = v.getInvalidValue();
        int length = value instanceof CharSequence s ? s.length()
                : value instanceof java.util.Collection<?> c ? c.size() : -1;
        return max instanceof Integer m && length > m ? ValidationException.TOO_LONG : ValidationException.OUT_OF_RANGE;
    }

    public static Problem validation(List<Problem.FieldProblem> errors, String instance) {
        StringBuilder detail = new StringBuilder("Invalid input: ");
        for (int i = 0; i < errors.size(); i++) {
            detail.append(i == 0 ? "" : "; ").append(errors.get(i).field()).append(": ").append(errors.get(i).message());
        }
        return Problem.of(VALIDATION, 400, detail.toString(), instance).withErrors(errors);
    }

    /**
     * The field a violation is about: the bean property path inside a request body ({@code reason}), or the
     * name of a query or path parameter ({@code size}); never the Java method's name.
     */
    static String fieldName(Path path) {
        List<String> properties = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case PARAMETER -> parameter = node.getName();
                case PROPERTY, CONTAINER_ELEMENT -> {
                    if (node.getName() != null) {
                        properties.add(node.getName());
                    }
                }
                default -> {
                }
            }
        }
        if (!properties.isEmpty()) {
            return String.join(".", properties);
        }
        return parameter != null ? parameter : path.toString();
    }

    private static List<ElementKind> kindsOf(Path path) {
        List<ElementKind> kinds = new ArrayList<>();
        path.forEach(n -> kinds.add(n.getKind()));
        return kinds;
    }

    public static Problem malformedJson(String instance) {
        return Problem.of(MALFORMED_JSON, 400,
                "The request body is not well-formed JSON, or a value has the wrong type", instance);
    }

    /** A failure the server did not expect: a generic detail, and the id under which the server logged it. */
    public static Problem unexpected(String correlationId, String instance) {
        return Problem.of(INTERNAL_ERROR, 500, HTTP_DETAILS.get(500) + " with correlation id " + correlationId, instance)
                .withCorrelationId(correlationId);
    }

    /** No token, or a token the API does not accept (bad signature, expired, another issuer or audience). */
    public static Problem unauthenticated(boolean tokenPresented, String instance) {
        return tokenPresented
                ? Problem.of(INVALID_TOKEN, 401, "The bearer token is invalid, expired, or not issued for this API",
                        instance)
                : Problem.of(AUTHENTICATION_REQUIRED, 401, HTTP_DETAILS.get(401), instance);
    }

    /** An HTTP-level failure with the standard wording for its status. */
    public static Problem http(int status, String instance) {
        return http(status, null, instance);
    }

    public static Problem http(int status, String detail, String instance) {
        String code = HTTP_CODES.getOrDefault(status, "http-" + status);
        String text = detail != null ? detail : HTTP_DETAILS.getOrDefault(status, "The request failed with HTTP " + status);
        return Problem.of(code, status, text, instance);
    }

    /** The WWW-Authenticate challenge of a 401 problem (RFC 6750). */
    public static String wwwAuthenticate(Problem problem) {
        return INVALID_TOKEN.equals(problem.code())
                ? "Bearer realm=\"pendopo\", error=\"invalid_token\""
                : "Bearer realm=\"pendopo\"";
    }

    public static String newCorrelationId() {
        return UUID.randomUUID().toString();
    }
}
