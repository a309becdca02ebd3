package id.pendopo.tenancy;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes the files of one tenant's export into a zip: JSON for records, CSV (RFC 4180) for tables. */
public final class TenantExportWriter implements AutoCloseable {

    private static final JsonWriterFactory JSON = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

    private final ZipOutputStream zip;

    public TenantExportWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    public void json(String file, JsonObject object) throws IOException {
        zip.putNextEntry(new ZipEntry(file));
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        JsonWriter jw = JSON.createWriter(w);
        jw.writeObject(object);
        w.flush();
        zip.closeEntry();
    }

    public void csv(String file, List<String> header, Iterable<List<String>> rows) throws IOException {
        zip.putNextEntry(new ZipEntry(file));
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        line(w, header);
        for (List<String> row : rows) {
            line(w, row);
        }
        w.flush();
        zip.closeEntry();
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(cells.get(i)));
        }
        w.write("\r\n");
    }

    static String quote(String cell) {
        if (cell == null) {
            return "";
        }
        if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
            return '"' + cell.replace("\"", "\"\"") + '"';
        }
        return cell;
    }

    @Override
    public void close() throws IOException {
        zip.finish();
        zip.flush();
    }
}
