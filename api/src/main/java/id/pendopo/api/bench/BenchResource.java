package id.pendopo.api.bench;

import id.pendopo.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The bare insert ({@link BenchRows}) behind the API's own stack, to split the intake's cost between the stack the
 * customer chose and Pendopo's code: {@code POST /api/v1/bench/complaints} runs it behind JAX-RS (Jersey), the
 * MicroProfile JWT bearer check, the role check and the tenant resolution of every {@code /v1} call, as
 * {@code POST /api/v1/complaints} has them. It answers 404 unless {@code pendopo.bench.enabled=true}, and is not in
 * the OpenAPI document.
 */
@Path("bench/complaints")
@ApplicationScoped
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class BenchResource {

    @Inject
    @ConfigProperty(name = "pendopo.bench.enabled", defaultValue = "false")
    boolean enabled;
    @Inject
    BenchRows rows;

    @POST
    @RolesAllowed(Role.Names.API_CLIENT)
    @Operation(hidden = true)
    public Response insert(InputStream json) throws IOException {
        if (!enabled) {
            throw new NotFoundException();
        }
        return Response.status(201).entity("{\"id\":" + rows.insert(json) + "}").build();
    }
}
