package id.pendopo.region;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvException;
import id.pendopo.shared.ValidationException;
import id.pendopo.shared.ValidationException.FieldError;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the official region list in the {@code kode,nama,level} format. The whole file is checked before
 * anything is written: a malformed row, a code whose shape does not match its level, a duplicate, or a region
 * whose parent is missing rejects the file with every offending line listed (up to {@value #MAX_ERRORS}).
 */
public final class RegionCsv {

    static final int MAX_ERRORS = 50;

    private RegionCsv() {
    }

    /**
     * @param knownCodes codes already stored, which may serve as parents of rows in this file
     */
    public static List<RegionRow> parse(Reader reader, Set<String> knownCodes) {
        List<RegionRow> rows = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        try (CSVReader csv = new CSVReader(reader)) {
            String[] header = csv.readNext();
            if (header == null || header.length < 3 || !"kode".equalsIgnoreCase(strip(header[0]))
                    || !"nama".equalsIgnoreCase(header[1].trim()) || !"level".equalsIgnoreCase(header[2].trim())) {
                throw ValidationException.of("line 1", "the header must be kode,nama,level");
            }
            String[] cells;
            Set<String> seen = new HashSet<>();
            while ((cells = csv.readNext()) != null && errors.size() < MAX_ERRORS) {
                int line = (int) csv.getLinesRead();
                if (cells.length == 1 && cells[0].isBlank()) {
                    continue;
                }
                RegionRow row = row(line, cells, errors);
                if (row != null) {
                    if (!seen.add(row.kode())) {
                        errors.add(new FieldError("line " + line, "duplicate kode " + row.kode()));
                    } else {
                        rows.add(row);
                    }
                }
            }
            for (RegionRow row : rows) {
                String parent = RegionLevel.parentOf(row.kode());
                if (errors.size() < MAX_ERRORS && parent != null && !seen.contains(parent) && !knownCodes.contains(parent)) {
                    errors.add(new FieldError("line " + row.line(), "kode " + row.kode() + " has no parent region " + parent));
                }
            }
        } catch (IOException | CsvException e) {
            throw ValidationException.of("file", "not a readable CSV file: " + e.getMessage());
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        if (rows.isEmpty()) {
            throw ValidationException.of("file", "contains no regions");
        }
        return rows;
    }

    private static RegionRow row(int line, String[] cells, List<FieldError> errors) {
        String where = "line " + line;
        if (cells.length != 3) {
            errors.add(new FieldError(where, "expected 3 columns (kode,nama,level), found " + cells.length));
            return null;
        }
        String kode = cells[0].trim();
        String nama = cells[1].trim();
        int levelNumber;
        try {
            levelNumber = Integer.parseInt(cells[2].trim());
        } catch (NumberFormatException e) {
            errors.add(new FieldError(where, "level must be 1, 2, 3 or 4, not '" + cells[2] + "'"));
            return null;
        }
        if (levelNumber < 1 || levelNumber > 4) {
            errors.add(new FieldError(where, "level must be 1, 2, 3 or 4, not " + levelNumber));
            return null;
        }
        RegionLevel level = RegionLevel.of(levelNumber);
        if (!level.fits(kode)) {
            errors.add(new FieldError(where, "kode '" + kode + "' does not have the shape of a level " + levelNumber + " code"));
            return null;
        }
        if (nama.isEmpty() || nama.length() > 200) {
            errors.add(new FieldError(where, "nama must have 1 to 200 characters"));
            return null;
        }
        return new RegionRow(line, kode, nama, level);
    }

    private static String strip(String s) {
        return s.replace("\uFEFF", "").trim();
    }
}
