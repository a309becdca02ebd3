package id.pendopo.api.tenancy;

import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.NewTenant;
import id.pendopo.tenancy.RegionalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of {@code POST /v1/tenants}. The rules of each field belong to {@link NewTenant#validate()}; this
 * only turns the time zone's text into its enum, so that a wrong zone is reported with the other fields instead of
 * as unreadable JSON.
 */
@Schema(name = "NewTenant", description = "A regency to put on the platform. Name and province come from the official region list.")
public record NewTenantRequest(
        @Schema(required = true, description = "Kemendagri code of the regency or city", example = "12.05") String kode,
        @Schema(required = true, description = "Short URL-safe name; also the identity organization", example = "langkat") String slug,
        @Schema(description = "Name shown to staff; default the regency's official name", example = "Pemkab Langkat") String displayName,
        @Schema(description = "Default from the province", enumeration = {"WIB", "WITA", "WIT"}) String timeZone,
        @Schema(description = "Default id", enumeration = {"id", "en"}) String locale,
        @Schema(description = "Default #1565c0", example = "#0d47a1") String primaryColor,
        @Schema(description = "http(s) URL or path of the logo") String logoUrl,
        String contactName,
        String contactEmail,
        String contactPhone,
        @Schema(required = true, description = "Email of the first administrator, admin.<slug>", example = "kominfo@langkatkab.go.id")
        String adminEmail) {

    /** The provisioning request, or every failing field at once. */
    public NewTenant toNewTenant() {
        List<ValidationException.FieldError> errors = new ArrayList<>();
        RegionalTime zone = null;
        if (timeZone != null && !timeZone.isBlank()) {
            try {
                zone = RegionalTime.valueOf(timeZone.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new ValidationException.FieldError("timeZone",
                        "must be one of " + Arrays.toString(RegionalTime.values())));
            }
        }
        NewTenant tenant = new NewTenant(kode, slug, displayName, zone, locale, primaryColor, logoUrl, contactName,
                contactEmail, contactPhone, adminEmail);
        try {
            tenant.validate();
        } catch (ValidationException e) {
            errors.addAll(0, e.errors());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return tenant;
    }
}
