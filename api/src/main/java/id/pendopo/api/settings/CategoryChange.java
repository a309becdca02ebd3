package id.pendopo.api.settings;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A category's new name, description and keywords; its code never changes. */
@Schema(name = "CategoryChange")
public record CategoryChange(
        @Schema(required = true, maxLength = 120, example = "Persampahan") String name,
        @Schema(maxLength = 1000) String description,
        @Schema(maxLength = 500, description = "Comma-separated words; empty or absent: none") String keywords) {
}
