package id.pendopo.api.tenancy;

import id.pendopo.tenancy.Tenant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tenant as the platform operator sees it. {@code actions} are the lifecycle transitions the tenant allows now,
 * as the aggregate answers them, so clients offer exactly what the API will accept. {@code usage} (rows per kind
 * of tenant data) is present on the single-tenant read only.
 */
@Schema(name = "Tenant")
public record TenantView(
        String id,
        @Schema(example = "12.05") String kode,
        @Schema(example = "langkat") String slug,
        @Schema(example = "Kabupaten Langkat") String name,
        @Schema(example = "12") String provinceKode,
        @Schema(example = "Sumatera Utara") String provinceName,
        @Schema(enumeration = {"PROVISIONING", "ACTIVE", "SUSPENDED", "ARCHIVED"}) String status,
        String statusReason,
        @Schema(enumeration = {"WIB", "WITA", "WIT"}) String timeZone,
        @Schema(example = "id") String locale,
        String displayName,
        String logoUrl,
        @Schema(example = "#1565c0") String primaryColor,
        String contactName,
        String contactEmail,
        String contactPhone,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Transitions allowed now", enumeration = {"suspend", "reactivate", "archive", "purge"})
        List<String> actions,
        @Schema(description = "Rows per kind of tenant data, e.g. agencies: 17")
        Map<String, Long> usage) {

    public static TenantView of(Tenant t) {
        return of(t, null);
    }

    public static TenantView of(Tenant t, Map<String, Long> usage) {
        List<String> actions = new ArrayList<>();
        if (t.canSuspend()) {
            actions.add("suspend");
        }
        if (t.canReactivate()) {
            actions.add("reactivate");
        }
        if (t.canArchive()) {
            actions.add("archive");
        }
        if (t.canPurge()) {
            actions.add("purge");
        }
        var contact = t.contact();
        return new TenantView(t.id(), t.kode(), t.slug(), t.name(), t.provinceKode(), t.provinceName(),
                t.status().name(), t.statusReason(), t.timeZone().name(), t.defaultLocale().toLanguageTag(),
                t.branding().displayName(), t.branding().logoUrl(), t.branding().primaryColor(),
                contact == null ? null : contact.name(), contact == null ? null : contact.email(),
                contact == null ? null : contact.phone(), t.createdAt(), t.updatedAt(), List.copyOf(actions), usage);
    }
}
