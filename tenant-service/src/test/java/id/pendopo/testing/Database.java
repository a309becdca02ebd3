package id.pendopo.testing;

import id.pendopo.shared.DatabaseMigration;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database in MySQL mode, migrated by the real Flyway scripts, with the real persistence
 * unit opened in resource-local mode. Used by tests of persistence rules that need no container.
 */
public final class Database implements AutoCloseable {

    private final String url;
    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final Connection keepAlive;
    private final EntityManagerFactory emf;

    public Database() {
        url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=LEGACY;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        dataSource.setURL(url);
        try {
            keepAlive = dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        DatabaseMigration.migrate(dataSource);
        emf = Persistence.createEntityManagerFactory("pendopo", Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.nonJtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "jakarta.persistence.jdbc.url", url,
                "eclipselink.logging.level", "WARNING"));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public EntityManager newEntityManager() {
        return emf.createEntityManager();
    }

    @Override
    public void close() throws SQLException {
        emf.close();
        keepAlive.close();
    }
}
