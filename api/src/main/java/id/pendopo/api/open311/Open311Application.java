package id.pendopo.api.open311;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The Open311 GeoReport v2 application, at {@code /api/open311/v2}. It lists its classes, so that neither the
 * main API's problem+json mappers apply here nor this application's error mapper there. The main API
 * ({@link id.pendopo.api.PendopoApi}) discovers every {@code @Path} class of the WAR, this one's too; there
 * {@link Open311Guard} answers 404 for them, so Open311 is reachable only under its own path.
 */
@ApplicationPath("/open311/v2")
public class Open311Application extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(GeoReportResource.class, Open311ExceptionMapper.class, Open311Cors.class);
    }
}
