package id.pendopo.api.tenancy;

import id.pendopo.tenancy.Tenant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's own regency: who it is, how its space looks, and the clock its working days follow. */
@Schema(name = "OwnTenant")
public record OwnTenantView(
        @Schema(example = "langkat") String slug,
        @Schema(example = "12.05") String kode,
        @Schema(example = "Kabupaten Langkat") String name,
        @Schema(example = "Sumatera Utara") String provinceName,
        String displayName,
        String logoUrl,
        @Schema(example = "#1565c0") String primaryColor,
        @Schema(enumeration = {"WIB", "WITA", "WIT"}) String timeZone,
        @Schema(example = "Asia/Jakarta") String zoneId,
        @Schema(example = "id") String locale) {

    public static OwnTenantView of(Tenant t) {
        return new OwnTenantView(t.slug(), t.kode(), t.name(), t.provinceName(), t.branding().displayName(),
                t.branding().logoUrl(), t.branding().primaryColor(), t.timeZone().name(), t.timeZone().zone().getId(),
                t.defaultLocale().toLanguageTag());
    }
}
