package id.pendopo.region;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes an imported region list with plain JDBC in batches: some 91,000 rows are too many to push through
 * the persistence context. The caller owns the transaction, so an import is all or nothing.
 */
final class RegionStore {

    private static final int BATCH = 1000;

    private record Stored(String nama, int level) {
    }

    private final Connection connection;

    RegionStore(Connection connection) {
        this.connection = connection;
    }

    Set<String> codes() throws SQLException {
        return load().keySet();
    }

    RegionImportReport apply(List<RegionRow> rows) throws SQLException {
        Map<String, Stored> existing = load();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        Set<String> inFile = new HashSet<>();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO region (kode, nama, level, parent_kode) VALUES (?, ?, ?, ?)");
             PreparedStatement update = connection.prepareStatement(
                "UPDATE region SET nama = ?, level = ? WHERE kode = ?")) {
            int pendingInserts = 0;
            int pendingUpdates = 0;
            for (RegionRow row : rows) {
                inFile.add(row.kode());
                Stored stored = existing.get(row.kode());
                if (stored == null) {
                    insert.setString(1, row.kode());
                    insert.setString(2, row.nama());
                    insert.setInt(3, row.level().number());
                    insert.setString(4, RegionLevel.parentOf(row.kode()));
                    insert.addBatch();
                    added++;
                    if (++pendingInserts == BATCH) {
                        insert.executeBatch();
                        pendingInserts = 0;
                    }
                } else if (!stored.nama().equals(row.nama()) || stored.level() != row.level().number()) {
                    update.setString(1, row.nama());
                    update.setInt(2, row.level().number());
                    update.setString(3, row.kode());
                    update.addBatch();
                    updated++;
                    if (++pendingUpdates == BATCH) {
                        update.executeBatch();
                        pendingUpdates = 0;
                    }
                } else {
                    unchanged++;
                }
            }
            if (pendingInserts > 0) {
                insert.executeBatch();
            }
            if (pendingUpdates > 0) {
                update.executeBatch();
            }
        }
        int notInFile = 0;
        for (String kode : existing.keySet()) {
            if (!inFile.contains(kode)) {
                notInFile++;
            }
        }
        return new RegionImportReport(rows.size(), added, updated, unchanged, notInFile);
    }

    private Map<String, Stored> load() throws SQLException {
        Map<String, Stored> map = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT kode, nama, level FROM region")) {
            while (rs.next()) {
                map.put(rs.getString(1), new Stored(rs.getString(2), rs.getInt(3)));
            }
        }
        return map;
    }
}
