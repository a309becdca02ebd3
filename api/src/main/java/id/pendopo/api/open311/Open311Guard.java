package id.pendopo.api.open311;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.Provider;

/**
 * JAX-RS publishes every resource class of the WAR in an application that does not list its classes, as the main
 * API does; this filter, discovered there too, answers 404 when an Open311 resource is reached outside
 * {@code /open311/v2}, e.g. at {@code /api/v1/services.json}.
 */
@Provider
@Open311Only
public class Open311Guard implements ContainerRequestFilter {

    static final String BASE = "/open311/v2/";

    @Context
    UriInfo uri;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!isOpen311(uri.getBaseUri().getPath())) {
            throw new NotFoundException();
        }
    }

    static boolean isOpen311(String basePath) {
        return basePath != null && (basePath.endsWith(BASE) || (basePath + "/").endsWith(BASE));
    }
}
