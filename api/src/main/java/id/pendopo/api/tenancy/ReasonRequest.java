package id.pendopo.api.tenancy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Why an operator suspends or archives a tenant. The reason is shown to the tenant's staff when they are refused,
 * so it is required; 500 characters is what the tenant record keeps.
 */
@Schema(name = "Reason")
public record ReasonRequest(
        @NotBlank @Size(max = 500)
        @Schema(required = true, maxLength = 500, example = "Unpaid service fee for Q3")
        String reason) {
}
