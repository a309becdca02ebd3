package id.pendopo.region;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Imports the official region list. Importing the same file twice changes nothing the second time and says
 * so; a file with any bad row changes nothing at all.
 */
@ApplicationScoped
public class RegionImporter {

    @Resource(lookup = "java:app/jdbc/pendopo")
    DataSource dataSource;

    @Transactional
    public RegionImportReport importCsv(Reader csv) {
        try (Connection c = dataSource.getConnection()) {
            return importCsv(c, csv);
        } catch (SQLException e) {
            throw new IllegalStateException("Region import failed in the database", e);
        }
    }

    /** The import on a connection whose transaction the caller commits or rolls back. */
    public static RegionImportReport importCsv(Connection c, Reader csv) throws SQLException {
        RegionStore store = new RegionStore(c);
        List<RegionRow> rows = RegionCsv.parse(csv, store.codes());
        return store.apply(rows);
    }
}
