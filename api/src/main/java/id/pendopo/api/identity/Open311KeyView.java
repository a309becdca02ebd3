package id.pendopo.api.identity;

import id.pendopo.open311key.IssuedApiKey;
import id.pendopo.open311key.Open311ApiKey;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An Open311 API key of the caller's regency. {@code key} is present only in the answer that created it: the
 * platform keeps only its hash.
 */
@Schema(name = "Open311Key")
public record Open311KeyView(
        @Schema(description = "Public id of the key, part of the key itself", example = "k7m2q9x4a8bc") String keyId,
        String name,
        @Schema(description = "The api_key to give the app; only in the answer to POST",
                example = "p311.k7m2q9x4a8bc.Zm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9vYmFyZm9v") String key,
        Instant createdAt,
        @Schema(description = "When it was revoked; absent while it is active") Instant revokedAt) {

    static Open311KeyView of(Open311ApiKey k) {
        return new Open311KeyView(k.keyId(), k.name(), null, k.createdAt(), k.revokedAt().orElse(null));
    }

    static Open311KeyView of(IssuedApiKey issued) {
        Open311ApiKey k = issued.record();
        return new Open311KeyView(k.keyId(), k.name(), issued.key(), k.createdAt(), null);
    }
}
