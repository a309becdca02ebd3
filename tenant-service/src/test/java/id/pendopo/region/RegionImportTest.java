package id.pendopo.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.shared.ValidationException;
import id.pendopo.shared.ValidationException.FieldError;
import id.pendopo.testing.Database;
import id.pendopo.testing.Wilayah;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegionImportTest {

    private Database db;

    @BeforeEach
    void open() {
        db = new Database();
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void theOfficialListImportsCompletelyAndASecondImportChangesNothing() throws Exception {
        RegionImportReport first = importFile();
        assertThat(first.rows()).isEqualTo(38 + 514 + 7285 + 83762);
        assertThat(first.added()).isEqualTo(first.rows());
        assertThat(count("SELECT COUNT(*) FROM region WHERE level = 4")).isEqualTo(83762);
        assertThat(count("SELECT COUNT(*) FROM region WHERE parent_kode = '12.05' AND level = 3")).isEqualTo(23);

        RegionImportReport second = importFile();
        assertThat(second.added()).isZero();
        assertThat(second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(first.rows());
        assertThat(second.changedAnything()).isFalse();
    }

    @Test
    void aRenamedRegionIsReportedAsUpdatedAndRegionsMissingFromTheFileAreKept() throws Exception {
        importCsv("kode,nama,level\n12,Sumatera Utara,1\n12.05,Kabupaten Langkat,2\n12.71,Kota Medan,2\n");
        RegionImportReport report = importCsv("kode,nama,level\n12,Sumatera Utara,1\n12.05,Kab. Langkat,2\n");
        assertThat(report).isEqualTo(new RegionImportReport(2, 0, 1, 1, 1));
        assertThat(count("SELECT COUNT(*) FROM region")).isEqualTo(3);
    }

    @Test
    void aFileWithBadRowsIsRefusedWholeWithEveryBadLineNamed() throws Exception {
        String csv = """
                kode,nama,level
                12,Sumatera Utara,1
                12.05,Kabupaten Langkat,2
                12.05.01,Bahorok,4
                12.5,Bad shape,2
                12.05.02,,3
                12.05.03,Too,many,3
                12.05.04,Level x,x
                13.01,No parent,2
                12.05,Kabupaten Langkat,2
                """;
        assertThatThrownBy(() -> importCsv(csv)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).errors()).extracting(FieldError::field)
                        .containsExactly("line 4", "line 5", "line 6", "line 7", "line 8", "line 10", "line 9"));
        assertThat(count("SELECT COUNT(*) FROM region")).isZero();
    }

    @Test
    void aFileWithTheWrongHeaderIsRefused() {
        assertThatThrownBy(() -> importCsv("code,name,lvl\n12,Sumatera Utara,1\n"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("kode,nama,level");
    }

    @Test
    void parentsAlreadyStoredAreAccepted() throws Exception {
        importCsv("kode,nama,level\n12,Sumatera Utara,1\n12.05,Kabupaten Langkat,2\n");
        RegionImportReport report = importCsv("kode,nama,level\n12.05.01,Bahorok,3\n");
        assertThat(report.added()).isEqualTo(1);
    }

    private RegionImportReport importFile() throws Exception {
        try (Reader r = Files.newBufferedReader(Wilayah.file("wilayah.csv"), StandardCharsets.UTF_8)) {
            return inTransaction(r);
        }
    }

    private RegionImportReport importCsv(String csv) throws Exception {
        return inTransaction(new StringReader(csv));
    }

    private RegionImportReport inTransaction(Reader r) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try {
                RegionImportReport report = RegionImporter.importCsv(c, r);
                c.commit();
                return report;
            } catch (RuntimeException | SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private long count(String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
