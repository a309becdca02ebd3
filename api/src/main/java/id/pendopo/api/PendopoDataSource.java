package id.pendopo.api;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The platform database of this application. Driver, URL and credentials come from MicroProfile Config
 * ({@code pendopo.db.*}, defaults in tenant-service's {@code META-INF/microprofile-config.properties}: an H2 file
 * under {@code pendopo.data}), so production points it at MySQL/MariaDB with
 * {@code PENDOPO_DB_DATASOURCE_CLASS=com.mysql.cj.jdbc.MysqlDataSource}, {@code PENDOPO_DB_URL=jdbc:mysql://...},
 * {@code PENDOPO_DB_USER} and {@code PENDOPO_DB_PASSWORD}, without a rebuild.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = "java:app/jdbc/pendopo",
        className = "${MPCONFIG=pendopo.db.datasource-class}",
        url = "${MPCONFIG=pendopo.db.url}",
        user = "${MPCONFIG=pendopo.db.user}",
        password = "${MPCONFIG=pendopo.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {"fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.validate-atmost-once-period-in-seconds=10",
                "fish.payara.statement-cache-size=100",
                // Payara reads an absent cache type as the class name "null" (payara/Payara#6647); blank means LRU.
                "fish.payara.statement-cache-type= "})
public class PendopoDataSource {
}
