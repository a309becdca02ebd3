package id.pendopo.shared;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before the application serves anything. Both applications (UI and API) and
 * every node run it; Flyway's database lock lets one migrate while the others wait, and the interned-string
 * monitor below serialises the two applications of one JVM, which on H2 share one database file.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigration {

    private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());
    private static final String JVM_WIDE_LOCK = "id.pendopo.flyway-migration";

    @Resource(lookup = "java:app/jdbc/pendopo")
    DataSource dataSource;

    // Not named migrate(): the EJB container finds lifecycle callbacks by name and may pick the static overload.
    @PostConstruct
    void migrateAtStartup() {
        MigrateResult result = migrate(dataSource);
        LOG.info(() -> "Database schema at version " + result.targetSchemaVersion
                + " (" + result.migrationsExecuted + " migrations applied now)");
    }

    public static MigrateResult migrate(DataSource dataSource) {
        synchronized (JVM_WIDE_LOCK.intern()) {
            return Flyway.configure(DatabaseMigration.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        }
    }
}
