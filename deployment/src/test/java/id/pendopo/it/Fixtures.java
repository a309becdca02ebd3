package id.pendopo.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Data the integration tests share: the official regions and a few tenants, made through the real API. */
public final class Fixtures {

    private Fixtures() {
    }

    public static Path wilayah(String file) {
        Path p = Path.of(System.getProperty("pendopo.wilayah.dir"), file);
        assertThat(p).as("the shared region data beside the repository").isRegularFile();
        return p;
    }

    /** Imports the official region list (idempotent) and returns the import report. */
    public static Platform.Answer importRegions(String operatorToken) {
        try {
            String csv = Files.readString(wilayah("wilayah.csv"), StandardCharsets.UTF_8);
            return Platform.post("/api/v1/regions/import", operatorToken, "text/csv", csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes sure a tenant exists and its admin {@code admin.<slug>} can sign in with {@link #adminPassword}.
     * A tenant that another test class made already is reused.
     */
    public static void tenant(String operatorToken, String kode, String slug) {
        Platform.Answer a = Platform.postJson("/api/v1/tenants", operatorToken, Json.createObjectBuilder()
                .add("kode", kode).add("slug", slug).add("adminEmail", "admin@" + slug + ".test").build());
        assertThat(a.status()).as("create tenant %s: %s", slug, a).isIn(201, 200, 409);
        if (!slug.equals("langkat")) {
            KeycloakAdmin.setPassword("admin." + slug, adminPassword(slug));
        }
    }

    public static String adminPassword(String slug) {
        return slug.equals("langkat") ? "admin.langkat" : "Rahasia-" + slug + "-1";
    }

    public static String adminToken(String slug) {
        return Platform.userToken("admin." + slug, adminPassword(slug));
    }
}
