package id.pendopo.region;

/**
 * What one import changed: regions added, regions whose name or level changed, regions already as in the file,
 * and regions stored before that the file does not mention (kept, never deleted, since data may refer to them).
 */
public record RegionImportReport(int rows, int added, int updated, int unchanged, int notInFile) {

    public boolean changedAnything() {
        return added > 0 || updated > 0;
    }
}
