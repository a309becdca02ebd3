package id.pendopo.ui;

import com.vaadin.cdi.CdiVaadinServlet;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.servlet.annotation.WebServlet;

/**
 * Vaadin's servlet for the whole application. Payara needs it declared explicitly so that views get CDI
 * injection.
 *
 * <p>The platform database is defined here because a servlet is an application component Payara always scans
 * for resource definitions. Its settings are MicroProfile Config properties whose defaults (an H2 file
 * database under {@code pendopo.data}) live in tenant-service's {@code META-INF/microprofile-config.properties};
 * system properties or environment variables ({@code PENDOPO_DB_URL}, ...) override them at start-up.
 */
@WebServlet(urlPatterns = "/*", asyncSupported = true)
@DataSourceDefinition(
        name = "java:app/jdbc/pendopo",
        className = "${MPCONFIG=pendopo.db.datasource-class}",
        url = "${MPCONFIG=pendopo.db.url}",
        user = "${MPCONFIG=pendopo.db.user}",
        password = "${MPCONFIG=pendopo.db.password}")
public class AppServlet extends CdiVaadinServlet {
}
