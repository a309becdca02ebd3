package id.pendopo.ui.complaint;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel shows "Kecamatan Bahorok" and not mojibake.
 * Cells that a spreadsheet would run as a formula (starting with =, +, -, @) are prefixed with an apostrophe:
 * complaint titles are typed by the public. A cell with a semicolon or tab is quoted too: Excel in an Indonesian
 * locale splits an opened CSV file on semicolons, and an unquoted {@code Jalan rusak;=HYPERLINK(...)} would start a
 * new cell with the formula.
 */
public final class CsvRows implements ComplaintExport.RowWriter {

    private final Writer out;

    public CsvRows(OutputStream out) throws IOException {
        this.out = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.out.write('\uFEFF');
    }

    @Override
    public void row(List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(cell(cells.get(i)));
        }
        out.write("\r\n");
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.chars().anyMatch(ch -> ch == ',' || ch == ';' || ch == '"' || ch == '\n' || ch == '\r' || ch == '\t')) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    @Override
    public void close() throws IOException {
        out.flush();
    }
}
