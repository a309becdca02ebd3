package id.pendopo.api.identity;

import jakarta.validation.constraints.NotBlank;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The name of a new API client; its client id becomes {@code <tenant slug>-<name>}. */
@Schema(name = "ApiClientRequest")
public record ApiClientRequest(
        @NotBlank
        @Schema(required = true, pattern = "[a-z0-9][a-z0-9-]{1,28}[a-z0-9]", example = "lapor-connector")
        String name) {
}
