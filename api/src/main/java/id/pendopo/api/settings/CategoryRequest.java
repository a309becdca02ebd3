package id.pendopo.api.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new complaint category. The core checks every field and names each bad one. */
@Schema(name = "CategoryRequest")
public record CategoryRequest(
        @Schema(required = true, pattern = "[A-Z0-9][A-Z0-9_-]{0,39}", example = "PARIWISATA") String code,
        @Schema(required = true, maxLength = 120, example = "Pariwisata") String name,
        @Schema(maxLength = 1000, example = "Objek wisata dan retribusinya") String description,
        @Schema(maxLength = 500, description = "Comma-separated words", example = "wisata,pantai,retribusi") String keywords) {
}
