package id.pendopo.api.open311;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Lets Open311 clients that run in a browser on another site read the answers: GeoReport is public data and api_keys
 * are not cookies, so any origin may read (no credentials are ever allowed). A form POST is a "simple" request for
 * browsers, which need no preflight for it. Not a {@code @Provider}: only {@link Open311Application} lists it, so the
 * main API, which discovers providers, does not get it.
 */
public class Open311Cors implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        allow((name, value) -> response.getHeaders().putSingle(name, value));
    }

    /** Sets the header on any answer, also those the container writes itself ({@link Open311Errors#write}). */
    static void allow(java.util.function.BiConsumer<String, String> header) {
        header.accept("Access-Control-Allow-Origin", "*");
    }
}
