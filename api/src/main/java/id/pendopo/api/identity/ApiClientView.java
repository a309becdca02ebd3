package id.pendopo.api.identity;

import id.pendopo.identity.ApiClient;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An API client of the caller's regency. {@code secret} is present only in the answer that created it: the
 * client-credentials secret is shown once.
 */
@Schema(name = "ApiClient")
public record ApiClientView(
        @Schema(description = "OAuth client id for the client-credentials grant") @JsonbProperty("clientId") String clientId,
        String name,
        @Schema(description = "Only in the answer to POST") String secret,
        @Schema(description = "Keycloak token endpoint to use with these credentials") String tokenEndpoint) {

    static ApiClientView of(ApiClient c, String tokenEndpoint) {
        return new ApiClientView(c.clientId(), c.name(), c.secret(), tokenEndpoint);
    }
}
