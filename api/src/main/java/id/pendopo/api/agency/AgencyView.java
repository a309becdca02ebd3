package id.pendopo.api.agency;

import id.pendopo.agency.Agency;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One agency (OPD) of the caller's regency. */
@Schema(name = "Agency")
public record AgencyView(long id, @Schema(example = "DINKES") String code,
        @Schema(example = "Dinas Kesehatan") String name, boolean active, Instant createdAt) {

    public static AgencyView of(Agency a) {
        return new AgencyView(a.id(), a.code(), a.name(), a.active(), a.createdAt());
    }
}
