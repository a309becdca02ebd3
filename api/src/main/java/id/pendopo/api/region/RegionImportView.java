package id.pendopo.api.region;

import id.pendopo.region.RegionImportReport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import of the region list changed. Regions missing from the file are kept, never deleted. */
@Schema(name = "RegionImportReport")
public record RegionImportView(
        @Schema(description = "Regions in the file") int rows,
        int added,
        @Schema(description = "Regions whose name or level changed") int updated,
        int unchanged,
        @Schema(description = "Stored regions the file does not mention (kept)") int notInFile,
        boolean changedAnything) {

    public static RegionImportView of(RegionImportReport r) {
        return new RegionImportView(r.rows(), r.added(), r.updated(), r.unchanged(), r.notInFile(), r.changedAnything());
    }
}
