package id.pendopo.api.complaint;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/** See {@link KeptFromCaches}. */
@Provider
@KeptFromCaches
public class KeptFromCachesFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle("Cache-Control", "no-store, private");
        response.getHeaders().add("Vary", TrackingResource.SECRET_HEADER);
    }
}
