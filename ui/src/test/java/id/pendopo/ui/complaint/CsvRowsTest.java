package id.pendopo.ui.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void formulasAreDefusedAtTheStartOfACell() {
        assertThat(CsvRows.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(CsvRows.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvRows.cell("-2")).isEqualTo("'-2");
    }

    @Test
    void aSemicolonIsQuotedSoThatExcelSplittingOnItKeepsOneCell() {
        assertThat(CsvRows.cell("Jalan rusak;=cmd|' /C calc'!A0")).isEqualTo("\"Jalan rusak;=cmd|' /C calc'!A0\"");
        assertThat(CsvRows.cell("a\tb")).isEqualTo("\"a\tb\"");
    }

    @Test
    void quotesCommasAndLineBreaksFollowRfc4180() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CsvRows rows = new CsvRows(out)) {
            rows.row(List.of("a,b", "say \"hi\"", "x\ny", "plain"));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("\uFEFF\"a,b\",\"say \"\"hi\"\"\",\"x\ny\",plain\r\n");
    }
}
