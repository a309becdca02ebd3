package id.pendopo.api.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.api.problem.Problem;
import id.pendopo.api.problem.Problems;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.NewTenant;
import id.pendopo.tenancy.RegionalTime;
import id.pendopo.tenancy.TenantStatus;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.Method;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class RequestValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidation() {
        factory.close();
    }

    private static NewTenantRequest langkat(String timeZone) {
        return new NewTenantRequest("12.05", "langkat", null, timeZone, "id", "#0d47a1", null, "Kominfo Langkat",
                "kominfo@langkatkab.go.id", "+62 61 123", "admin@langkatkab.go.id");
    }

    @Test
    void aCompleteRequestBecomesTheProvisioningRequest() {
        NewTenant tenant = langkat("wita").toNewTenant();

        assertThat(tenant.kode()).isEqualTo("12.05");
        assertThat(tenant.slug()).isEqualTo("langkat");
        assertThat(tenant.timeZone()).isEqualTo(RegionalTime.WITA);
        assertThat(tenant.adminEmail()).isEqualTo("admin@langkatkab.go.id");
    }

    @Test
    void aBlankTimeZoneIsLeftToTheProvinceDefault() {
        assertThat(langkat(" ").toNewTenant().timeZone()).isNull();
        assertThat(langkat(null).toNewTenant().timeZone()).isNull();
    }

    @Test
    void everyFailingFieldIsReportedTogetherIncludingTheTimeZone() {
        var request = new NewTenantRequest("1205", "Langkat!", null, "CET", "fr", "blue", "ftp://logo", null,
                "not-an-email", null, "");

        assertThatThrownBy(request::toNewTenant)
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors())
                        .extracting(ValidationException.FieldError::field)
                        .containsExactlyInAnyOrder("kode", "slug", "locale", "primaryColor", "logoUrl", "contactEmail",
                                "adminEmail", "timeZone"));
    }

    @Test
    void aBeanValidationErrorCarriesTheCodeOfItsConstraint() {
        var missing = id.pendopo.api.problem.Problems.of(validator.validate(new ReasonRequest("   ")), "/v1/x");
        var tooLong = id.pendopo.api.problem.Problems.of(validator.validate(new ReasonRequest("x".repeat(501))), "/v1/x");

        assertThat(missing.errors()).extracting(p -> p.code()).containsExactly("required");
        assertThat(tooLong.errors()).extracting(p -> p.code()).containsExactly("too-long");
    }

    @Test
    void aReasonIsRequiredAndFitsTheTenantRecord() {
        assertThat(validator.validate(new ReasonRequest("Unpaid service fee"))).isEmpty();
        assertThat(fields(validator.validate(new ReasonRequest("   ")))).containsExactly("reason");
        assertThat(fields(validator.validate(new ReasonRequest(null)))).containsExactly("reason");
        assertThat(fields(validator.validate(new ReasonRequest("x".repeat(501))))).containsExactly("reason");
        assertThat(validator.validate(new ReasonRequest("x".repeat(500)))).isEmpty();
    }

    @Test
    void pagingParametersAreBoundedAndNamedAsInTheQuery() throws Exception {
        Method list = TenantsResource.class.getMethod("list", String.class, String.class, int.class, int.class);
        var resource = new TenantsResource();

        Set<ConstraintViolation<TenantsResource>> ok = validator.forExecutables()
                .validateParameters(resource, list, new Object[] {"lang", "Suspended", 0, 20});
        Set<ConstraintViolation<TenantsResource>> bad = validator.forExecutables()
                .validateParameters(resource, list, new Object[] {"x".repeat(101), "deleted", -1, 101});

        assertThat(ok).isEmpty();
        Problem problem = Problems.of(bad, "/api/v1/tenants");
        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.code()).isEqualTo("validation");
        assertThat(problem.errors()).extracting(Problem.FieldProblem::field).containsExactly("page", "q", "size", "status");
    }

    @Test
    void aBodyViolationIsNamedByItsPropertyNotByTheJavaMethod() throws Exception {
        Method suspend = TenantsResource.class.getMethod("suspend", String.class, ReasonRequest.class);

        Set<ConstraintViolation<TenantsResource>> violations = validator.forExecutables()
                .validateParameters(new TenantsResource(), suspend, new Object[] {"langkat", new ReasonRequest("")});

        assertThat(Problems.of(violations, "/api/v1/tenants/langkat/suspend").errors())
                .extracting(Problem.FieldProblem::field).containsExactly("reason");
    }

    @Test
    void aMissingBodyIsReportedAsTheBodyParameter() throws Exception {
        Method suspend = TenantsResource.class.getMethod("suspend", String.class, ReasonRequest.class);

        Set<ConstraintViolation<TenantsResource>> violations = validator.forExecutables()
                .validateParameters(new TenantsResource(), suspend, new Object[] {"langkat", null});

        assertThat(Problems.of(violations, "/x").errors()).extracting(Problem.FieldProblem::field).containsExactly("body");
    }

    @Test
    void theStatusFilterAcceptsAnyCaseAndRefusesUnknownStatuses() {
        assertThat(TenantsResource.statusFilter("suspended")).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(TenantsResource.statusFilter("")).isNull();
        assertThatThrownBy(() -> TenantsResource.statusFilter("deleted"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors().get(0).field()).isEqualTo("status"));
    }

    private static Set<String> fields(Set<? extends ConstraintViolation<?>> violations) {
        return Set.copyOf(violations.stream().map(v -> v.getPropertyPath().toString()).toList());
    }
}
