package id.pendopo.api.problem;

import id.pendopo.shared.ValidationException;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One error answer in the shape of RFC 9457. {@code type} is a URI under {@value #TYPE_BASE} whose last segment
 * is the domain's stable code (for example {@code tenant-suspended}), so clients branch on it rather than on the
 * wording of {@code detail}. {@code errors} lists every failing field of a refused input; {@code correlationId}
 * names the server log entry of an unexpected failure.
 */
@Schema(name = "Problem", description = "An error, as application/problem+json (RFC 9457)")
public record Problem(
        @Schema(description = "Stable URI of the kind of problem", example = "https://pendopo.id/problems/tenant-suspended")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "Tenant suspended")
        String title,
        @Schema(description = "HTTP status code", example = "403")
        int status,
        @Schema(description = "What went wrong this time, in words for people")
        String detail,
        @Schema(description = "The request path this problem occurred on", example = "/api/v1/agencies")
        String instance,
        @Schema(description = "Every failing field, for type validation")
        List<FieldProblem> errors,
        @Schema(description = "Identifies the server log entry, for unexpected errors")
        String correlationId) {

    public static final String TYPE_BASE = "https://pendopo.id/problems/";
    public static final String MEDIA_TYPE = "application/problem+json";

    /** One failing field of a refused input: its name as the client sent it, why, and a stable code for programs. */
    @Schema(name = "FieldProblem")
    public record FieldProblem(@Schema(example = "slug") String field,
            @Schema(example = "must not be blank") String message,
            @Schema(example = "required", enumeration = {"required", "too-long", "unprintable-character", "invalid-format",
                    "out-of-range", "invalid"}) String code) {

        public FieldProblem {
            code = code == null ? ValidationException.INVALID : code;
        }
    }

    public Problem {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    /** A problem of the given code; the title is derived from the code so that one code always has one title. */
    public static Problem of(String code, int status, String detail, String instance) {
        return new Problem(TYPE_BASE + code, titleOf(code), status, detail, instance, List.of(), null);
    }

    public Problem withErrors(List<FieldProblem> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors, correlationId);
    }

    public Problem withCorrelationId(String id) {
        return new Problem(type, title, status, detail, instance, errors, id);
    }

    /** The code at the end of the type URI, e.g. {@code tenant-suspended}. */
    public String code() {
        return type.startsWith(TYPE_BASE) ? type.substring(TYPE_BASE.length()) : type;
    }

    /** {@code tenant-suspended} becomes {@code Tenant suspended}, {@code malformed-json} {@code Malformed JSON}. */
    static String titleOf(String code) {
        String words = (" " + code.replace('-', ' ') + " ").replace(" json ", " JSON ").trim();
        return words.isEmpty() ? "Error" : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            json.add("detail", detail);
        }
        if (instance != null) {
            json.add("instance", instance);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            for (FieldProblem e : errors) {
                list.add(Json.createObjectBuilder().add("field", e.field()).add("message", e.message()).add("code", e.code()));
            }
            json.add("errors", list);
        }
        if (correlationId != null) {
            json.add("correlationId", correlationId);
        }
        return json.build();
    }

    /** The JAX-RS answer; the body is written as text so that no JSON provider can reshape it. */
    public Response.ResponseBuilder toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(toJson().toString());
    }
}
