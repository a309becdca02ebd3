package id.pendopo.region;

/** One parsed line of a region CSV, with its line number for error messages. */
public record RegionRow(int line, String kode, String nama, RegionLevel level) {
}
