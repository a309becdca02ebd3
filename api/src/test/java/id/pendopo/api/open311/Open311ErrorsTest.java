package id.pendopo.api.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.api.problem.RequestInfo;
import id.pendopo.open311key.InvalidApiKeyException;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantAccessDeniedException;
import id.pendopo.tenancy.TenantRef;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Every failure comes out in GeoReport's error format, with the platform's status as its code and one of GeoReport's
 * three as the HTTP status.
 */
class Open311ErrorsTest {

    private static final String XML_PATH = "/api/open311/v2/requests.xml";
    private static final String JSON_PATH = "/api/open311/v2/requests.json";

    static Open311Errors.Answer answer(Throwable failure, String path) {
        return Open311Errors.answer(failure, new RequestInfo("POST", path, false));
    }

    static List<Element> xmlErrors(Open311Errors.Answer r) throws Exception {
        assertThat(r.format().contentType()).isEqualTo("text/xml; charset=utf-8");
        var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.body()));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("errors");
        List<Element> errors = Open311ViewsTest.children(doc.getDocumentElement());
        assertThat(errors).allSatisfy(e -> {
            assertThat(e.getTagName()).isEqualTo("error");
            assertThat(Open311ViewsTest.names(e)).containsExactly("code", "description");
            assertThat(Open311Errors.httpStatus(Integer.parseInt(Open311ViewsTest.text(e, "code")))).isEqualTo(r.status());
        });
        return errors;
    }

    static JsonArray jsonErrors(Open311Errors.Answer r) {
        assertThat(r.format().contentType()).isEqualTo("application/json; charset=utf-8");
        JsonArray errors = Json.createReader(new StringReader(new String(r.body(), StandardCharsets.UTF_8)))
                .readArray();
        assertThat(errors).allSatisfy(e -> assertThat(Open311Errors.httpStatus(e.asJsonObject().getInt("code"))).isEqualTo(r.status()));
        return errors;
    }

    @Test
    void aMissingJurisdictionIs400() throws Exception {
        Function<String, TenantRef> never = slug -> {
            throw new AssertionError("no lookup without a jurisdiction");
        };
        Throwable failure = catchFailure(() -> Jurisdictions.resolve(" ", never));

        Open311Errors.Answer r = answer(failure, XML_PATH);

        assertThat(r.status()).isEqualTo(400);
        assertThat(Open311ViewsTest.text(xmlErrors(r).get(0), "description")).startsWith("jurisdiction_id: is required");
    }

    @Test
    void anUnknownOrInactiveJurisdictionIs404WithItsReason() throws Exception {
        Throwable unknown = catchFailure(() -> Jurisdictions.resolve("atlantis", slug -> {
            throw new TenantAccessDeniedException("unknown-tenant", "Regency 'atlantis' does not exist");
        }));
        Throwable suspended = catchFailure(() -> Jurisdictions.resolve("langkat", slug -> {
            throw new TenantAccessDeniedException("tenant-suspended", "Kabupaten Langkat is suspended");
        }));

        assertThat(answer(unknown, JSON_PATH).status()).isEqualTo(404);
        assertThat(jsonErrors(answer(unknown, JSON_PATH)).getJsonObject(0).getString("description"))
                .contains("atlantis");
        // The specification keeps 403 for a wrong or missing api_key: a client would drop a good key.
        assertThat(answer(suspended, XML_PATH).status()).isEqualTo(404);
        assertThat(Open311ViewsTest.text(xmlErrors(answer(suspended, XML_PATH)).get(0), "description"))
                .contains("suspended");
        assertThat(Jurisdictions.resolve(" langkat ", slug -> new TenantRef("t-1", slug)).slug()).isEqualTo("langkat");
    }

    @Test
    void anUnknownServiceOrRequestIs404() throws Exception {
        Open311Errors.Answer r = answer(new NotFoundException("Service", "NOPE"), "/api/open311/v2/services/NOPE.xml");

        assertThat(r.status()).isEqualTo(404);
        assertThat(Open311ViewsTest.text(xmlErrors(r).get(0), "description")).isEqualTo("Service NOPE not found");
    }

    @Test
    void aMissingOrForeignApiKeyIs403() throws Exception {
        Open311Errors.Answer r = answer(new InvalidApiKeyException("api_key is required to create a service request"), XML_PATH);

        assertThat(r.status()).isEqualTo(403);
        assertThat(Open311ViewsTest.text(xmlErrors(r).get(0), "description")).contains("api_key");
    }

    @Test
    void everyBadFieldIsOneError400() throws Exception {
        ValidationException bad = new ValidationException(List.of(
                new ValidationException.FieldError("lat", "must be a decimal number in WGS84 degrees, got 'north'"),
                new ValidationException.FieldError("attribute[district]", "is required")));

        Open311Errors.Answer xml = answer(bad, XML_PATH);
        Open311Errors.Answer json = answer(bad, JSON_PATH);

        assertThat(xml.status()).isEqualTo(400);
        assertThat(xmlErrors(xml)).extracting(e -> Open311ViewsTest.text(e, "description"))
                .containsExactly("lat: must be a decimal number in WGS84 degrees, got 'north'",
                        "attribute[district]: is required");
        assertThat(jsonErrors(json)).hasSize(2);
    }

    @Test
    void aMalformedAttributeIs400() throws Exception {
        Throwable failure = catchFailure(() -> Open311Form.parse("attribute[district=12.05.01", null));

        Open311Errors.Answer r = answer(failure, XML_PATH);

        assertThat(r.status()).isEqualTo(400);
        assertThat(Open311ViewsTest.text(xmlErrors(r).get(0), "description")).startsWith("attribute[district: is malformed");
    }

    @Test
    void anUnexpectedFailureIs500WithoutDetails() throws Exception {
        Open311Errors.Answer r = answer(new IllegalStateException("database password is hunter2"), XML_PATH);

        // A failure of the server, which the client should retry: not the "400 for any other error" of a request.
        assertThat(r.status()).isEqualTo(500);
        assertThat(Open311ViewsTest.text(xmlErrors(r).get(0), "code")).isEqualTo("500");
        assertThat(Open311ViewsTest.text(xmlErrors(r).get(0), "description")).doesNotContain("hunter2")
                .contains("correlation id");
    }

    @Test
    void aRefusedRequestGetsOneOfTheThreeStatusesGeoReportAllows() {
        assertThat(Open311Errors.httpStatus(404)).isEqualTo(404);
        assertThat(Open311Errors.httpStatus(403)).isEqualTo(403);
        assertThat(Open311Errors.httpStatus(401)).isEqualTo(403);
        for (int other : new int[] {400, 405, 406, 409, 413, 415, 422, 429}) {
            assertThat(Open311Errors.httpStatus(other)).as("%d", other).isEqualTo(400);
        }
        assertThat(Open311Errors.httpStatus(500)).as("the server's failures stay theirs").isEqualTo(500);
        assertThat(Open311Errors.httpStatus(503)).isEqualTo(503);
    }

    @Test
    void anUnavailableServiceStays503AndSaysWhenToRetry() {
        var r = answer(new id.pendopo.identity.IdentityUnavailableException("Keycloak is down", null), JSON_PATH);

        assertThat(r.status()).isEqualTo(503);
        assertThat(Open311Errors.retryAfter(r.status())).isEqualTo("60");
        assertThat(Open311Errors.retryAfter(400)).isNull();
        assertThat(Open311Errors.retryAfter(500)).isNull();
    }

    @Test
    void anUnknownFormatIs400InXml() throws Exception {
        Throwable failure = catchFailure(() -> Format.of("csv"));

        Open311Errors.Answer r = answer(failure, "/api/open311/v2/services.csv");

        assertThat(r.status()).isEqualTo(400);
        xmlErrors(r);
    }

    @Test
    void onlyPathsUnderOpen311UseThisFormat() {
        assertThat(Open311Errors.isOpen311Path("/api", "/api/open311/v2/services.xml")).isTrue();
        assertThat(Open311Errors.isOpen311Path("/api", "/api/v1/agencies")).isFalse();
        assertThat(Open311Guard.isOpen311("/api/open311/v2/")).isTrue();
        assertThat(Open311Guard.isOpen311("/api/open311/v2")).isTrue();
        assertThat(Open311Guard.isOpen311("/api/v1/")).isFalse();
    }

    private static Throwable catchFailure(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }

    @Test
    void catchFailureNeedsAFailure() {
        assertThatThrownBy(() -> catchFailure(() -> { })).isInstanceOf(AssertionError.class);
    }
}
