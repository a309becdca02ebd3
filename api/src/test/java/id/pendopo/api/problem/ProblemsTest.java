package id.pendopo.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.api.ApiClasses;
import id.pendopo.identity.IdentityUnavailableException;
import id.pendopo.shared.ConflictException;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.ValidationException;
import id.pendopo.shared.ValidationException.FieldError;
import id.pendopo.tenancy.NoTenantException;
import id.pendopo.tenancy.TenantAccessDeniedException;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProblemsTest {

    private static final String PATH = "/api/v1/tenants/langkat";

    /**
     * Every DomainException subtype of the core, with the status the API gives it. A new subtype fails this test
     * until someone decides its status here (and, if 422 is wrong for it, in {@link Problems}).
     */
    private static final Map<Class<?>, Integer> EXPECTED_STATUS = Map.of(
            DomainException.class, 422,
            ValidationException.class, 400,
            NotFoundException.class, 404,
            ConflictException.class, 409,
            TenantAccessDeniedException.class, 403,
            NoTenantException.class, 403,
            IdentityUnavailableException.class, 503,
            id.pendopo.complaint.InvalidTrackingSecretException.class, 403,
            id.pendopo.idempotency.IdempotencyKeyReusedException.class, 422,
            id.pendopo.open311key.InvalidApiKeyException.class, 403);

    @Test
    void everyDomainExceptionSubtypeOfTheCoreHasADecidedStatus() {
        List<Class<?>> subtypes = ApiClasses.under(DomainException.class, "id.pendopo").stream()
                .filter(DomainException.class::isAssignableFrom)
                .collect(Collectors.toList());

        assertThat(subtypes).containsExactlyInAnyOrderElementsOf(EXPECTED_STATUS.keySet());
    }

    @Test
    void validationIs400AndListsEveryFailingFieldWithItsCode() {
        var e = new ValidationException(List.of(new FieldError("slug", "must not be blank", ValidationException.REQUIRED),
                new FieldError("adminEmail", "must be an email address", ValidationException.FORMAT),
                new FieldError("kode", "is not a regency")));

        Problem p = Problems.of(e, PATH);

        assertThat(p.status()).isEqualTo(400);
        assertThat(p.type()).isEqualTo("https://pendopo.id/problems/validation");
        assertThat(p.title()).isEqualTo("Validation");
        assertThat(p.detail()).contains("slug: must not be blank").contains("adminEmail: must be an email address");
        assertThat(p.instance()).isEqualTo(PATH);
        assertThat(p.errors()).containsExactly(new Problem.FieldProblem("slug", "must not be blank", "required"),
                new Problem.FieldProblem("adminEmail", "must be an email address", "invalid-format"),
                new Problem.FieldProblem("kode", "is not a regency", "invalid"));
        assertThat(p.toJson().getJsonArray("errors").getJsonObject(0).getString("code")).isEqualTo("required");
    }

    @Test
    void notFoundIs404() {
        Problem p = Problems.of(new NotFoundException("Tenant", "atlantis"), PATH);

        assertThat(p.status()).isEqualTo(404);
        assertThat(p.type()).isEqualTo("https://pendopo.id/problems/not-found");
        assertThat(p.detail()).isEqualTo("Tenant atlantis not found");
        assertThat(p.errors()).isEmpty();
    }

    @Test
    void conflictIs409WithTheDomainsOwnType() {
        Problem p = Problems.of(new ConflictException("illegal-tenant-transition",
                "Cannot reactivate tenant 'langkat' while it is ACTIVE"), PATH);

        assertThat(p.status()).isEqualTo(409);
        assertThat(p.type()).isEqualTo("https://pendopo.id/problems/illegal-tenant-transition");
        assertThat(p.title()).isEqualTo("Illegal tenant transition");
        assertThat(p.detail()).isEqualTo("Cannot reactivate tenant 'langkat' while it is ACTIVE");
    }

    @Test
    void refusedTenantIs403WithTheReasonAsType() {
        Problem p = Problems.of(new TenantAccessDeniedException("tenant-suspended",
                "Kabupaten Langkat is suspended: unpaid. Contact the platform operator."), PATH);

        assertThat(p.status()).isEqualTo(403);
        assertThat(p.type()).isEqualTo("https://pendopo.id/problems/tenant-suspended");
        assertThat(p.title()).isEqualTo("Tenant suspended");
        assertThat(p.detail()).contains("suspended: unpaid");
    }

    @Test
    void missingTenantIs403() {
        Problem p = Problems.of(new NoTenantException(), PATH);

        assertThat(p.status()).isEqualTo(403);
        assertThat(p.code()).isEqualTo("no-tenant");
    }

    @Test
    void unreachableIdentityProviderIs503() {
        Problem p = Problems.of(new IdentityUnavailableException("Keycloak at http://kc cannot be reached"), PATH);

        assertThat(p.status()).isEqualTo(503);
        assertThat(p.code()).isEqualTo("identity-unavailable");
    }

    @Test
    void aSubtypeInheritsTheStatusOfItsNearestMappedAncestor() {
        class SlugTakenException extends ConflictException {
            SlugTakenException() {
                super("slug-taken", "taken");
            }
        }

        assertThat(Problems.of(new SlugTakenException(), PATH).status()).isEqualTo(409);
        assertThat(Problems.of(new DomainException("quota-exceeded", "too many"), PATH).status()).isEqualTo(422);
    }

    @Test
    void jsonHasTheRfc9457MembersAndErrorsOnlyWhenThereAreAny() {
        JsonObject plain = Problems.of(new NotFoundException("Agency", 7), PATH).toJson();
        JsonObject invalid = Problems.of(ValidationException.of("kode", "must be a regency code such as 12.05"), PATH).toJson();

        assertThat(plain.keySet()).containsExactlyInAnyOrder("type", "title", "status", "detail", "instance");
        assertThat(plain.getInt("status")).isEqualTo(404);
        assertThat(invalid.getJsonArray("errors").getJsonObject(0).getString("field")).isEqualTo("kode");
        assertThat(invalid.getJsonArray("errors").getJsonObject(0).getString("message"))
                .isEqualTo("must be a regency code such as 12.05");
    }

    @Test
    void unexpectedFailureHidesItsCauseAndCarriesACorrelationId() {
        var failure = new IllegalStateException("connection to jdbc:mysql://db:3306 refused for user root/hunter2");

        Problem p = ProblemMapping.toProblem(failure, new RequestInfo("GET", "/api/v1/agencies", true));
        JsonObject json = p.toJson();

        assertThat(p.status()).isEqualTo(500);
        assertThat(p.code()).isEqualTo("internal-error");
        assertThat(p.correlationId()).matches("[0-9a-f-]{36}");
        assertThat(p.detail()).contains(p.correlationId()).doesNotContain("hunter2").doesNotContain("IllegalStateException");
        assertThat(json.toString()).doesNotContain("hunter2").doesNotContain("at id.pendopo").doesNotContain("Exception");
        assertThat(json.getString("correlationId")).isEqualTo(p.correlationId());
    }

    @Test
    void aDomainExceptionWrappedByAContainerIsStillMappedByItsMeaning() {
        var wrapped = new RuntimeException("transaction rolled back",
                new ConflictException("duplicate-tenant", "The slug 'langkat' is already used"));

        Problem p = ProblemMapping.toProblem(wrapped, new RequestInfo("POST", "/api/v1/tenants", true));

        assertThat(p.status()).isEqualTo(409);
        assertThat(p.code()).isEqualTo("duplicate-tenant");
    }

    @Test
    void aWriteRefusedByAnotherWritersVersionIsAConflictNotAnError() {
        var atCommit = new RuntimeException("rolled back", new IllegalStateException("commit failed",
                new jakarta.persistence.OptimisticLockException("version 3 expected, found 4")));

        Problem p = ProblemMapping.toProblem(atCommit, new RequestInfo("POST", "/api/v1/complaints/LKT-26-000001/verify", true));

        assertThat(p.status()).isEqualTo(409);
        assertThat(p.code()).isEqualTo("concurrent-change");
        assertThat(p.detail()).contains("load it again").doesNotContain("version 3");
    }

    @Test
    void unreadableJsonIsMalformedJson() {
        var failure = new RuntimeException(new jakarta.json.bind.JsonbException("Unexpected char 125 at (line no=1)"));

        Problem p = ProblemMapping.toProblem(failure, new RequestInfo("POST", "/api/v1/tenants", true));

        assertThat(p.status()).isEqualTo(400);
        assertThat(p.type()).isEqualTo("https://pendopo.id/problems/malformed-json");
        assertThat(p.title()).isEqualTo("Malformed JSON");
        assertThat(p.detail()).doesNotContain("char 125");
    }

    @Test
    void missingAndRejectedTokensAreTold401Apart() {
        Problem missing = Problems.unauthenticated(false, PATH);
        Problem rejected = Problems.unauthenticated(true, PATH);

        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.code()).isEqualTo("authentication-required");
        assertThat(Problems.wwwAuthenticate(missing)).isEqualTo("Bearer realm=\"pendopo\"");
        assertThat(rejected.status()).isEqualTo(401);
        assertThat(rejected.code()).isEqualTo("invalid-token");
        assertThat(Problems.wwwAuthenticate(rejected)).contains("error=\"invalid_token\"");
    }

    @Test
    void httpLevelFailuresHaveStableTypes() {
        assertThat(Problems.http(404, "/api/nothing").type()).isEqualTo("https://pendopo.id/problems/not-found");
        assertThat(Problems.http(405, "/api/v1/tenant").type()).isEqualTo("https://pendopo.id/problems/method-not-allowed");
        assertThat(Problems.http(415, "/api/v1/tenants").title()).isEqualTo("Unsupported media type");
        assertThat(Problems.http(418, "/api/teapot").type()).isEqualTo("https://pendopo.id/problems/http-418");
    }
}
