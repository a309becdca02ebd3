package id.pendopo.tenancy;

import id.pendopo.region.RegionDirectory;
import id.pendopo.region.RegionImportReport;
import id.pendopo.region.RegionImporter;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Prepares the demo platform of the one-command start: the official region list (from the configured file,
 * or just Sumatera Utara and Langkat when there is none) and the tenant "Kabupaten Langkat" (kode 12.05,
 * slug {@code langkat}). Off unless {@code pendopo.demo.enabled=true}. Provisioning is idempotent, so every
 * start after the first finds the tenant and changes nothing.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigration")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoTenant {

    private static final Logger LOG = Logger.getLogger(DemoTenant.class.getName());
    private static final String JVM_WIDE_LOCK = "id.pendopo.demo-tenant";
    private static final String MINIMAL_REGIONS = "kode,nama,level\n12,Sumatera Utara,1\n12.05,Kabupaten Langkat,2\n";

    @Inject
    @ConfigProperty(name = "pendopo.demo.enabled", defaultValue = "false")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "pendopo.demo.regions-file")
    Optional<String> regionsFile;

    @Inject
    RegionDirectory regions;

    @Inject
    RegionImporter importer;

    @Inject
    TenantProvisioning provisioning;

    @PostConstruct
    void prepare() {
        if (!enabled) {
            return;
        }
        synchronized (JVM_WIDE_LOCK.intern()) {
            try {
                if (regions.count() == 0) {
                    try (Reader csv = regionSource()) {
                        RegionImportReport report = importer.importCsv(csv);
                        LOG.info(() -> "Demo: imported " + report.added() + " regions");
                    }
                }
                ProvisionedTenant langkat = provisioning.provision(new NewTenant("12.05", "langkat", "Kabupaten Langkat",
                        null, "id", "#0b6e4f", null, "Command Center Langkat", "cc@langkat.pendopo.local", null,
                        "admin.langkat@pendopo.local"));
                LOG.info(() -> "Demo: tenant " + langkat.tenant().slug() + " is " + langkat.tenant().status());
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "Demo: could not prepare the demo tenant; the platform runs without it", e);
            }
        }
    }

    private Reader regionSource() throws IOException {
        if (regionsFile.isPresent() && Files.isRegularFile(Path.of(regionsFile.get()))) {
            return Files.newBufferedReader(Path.of(regionsFile.get()), StandardCharsets.UTF_8);
        }
        LOG.info("Demo: no region file configured; importing only Sumatera Utara and Kabupaten Langkat");
        return new StringReader(MINIMAL_REGIONS);
    }
}
