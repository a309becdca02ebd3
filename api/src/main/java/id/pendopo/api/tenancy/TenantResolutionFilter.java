package id.pendopo.api.tenancy;

import id.pendopo.api.identity.VerifiedTokens;
import id.pendopo.api.problem.ProblemErrorServlet;
import id.pendopo.api.problem.Problems;
import id.pendopo.tenancy.TenantAccess;
import id.pendopo.tenancy.TenantAccessDeniedException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantRef;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Resolves the caller's tenant once per request and runs the rest of the request inside it.
 *
 * <p>A servlet filter rather than a JAX-RS {@code ContainerRequestFilter}: the tenant lives in a thread-local
 * ({@link TenantContext}) that must be cleared whatever happens, and only a filter that wraps the call in
 * {@code try (TenantContext.enter(...))} guarantees that, including for streamed answers written after the resource
 * method returned and for exceptions mapped by JAX-RS. The token was already verified by then: the container runs
 * the MP-JWT authentication mechanism before any filter, and the token is remembered as verified
 * ({@link VerifiedTokens}).
 */
@WebFilter(filterName = "tenant-resolution", urlPatterns = "/v1/*")
public class TenantResolutionFilter extends HttpFilter {

    @Inject
    SecurityContext security;

    @Inject
    TenantAccess tenants;

    @Inject
    VerifiedTokens verifiedTokens;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<JsonWebToken> token = caller(request);
        if (token.isEmpty()) {
            // Anonymous: every endpoint under /v1 requires a role, so JAX-RS answers 401.
            chain.doFilter(request, response);
            return;
        }
        verifiedTokens.remember(token.get());
        Optional<TenantRef> tenant;
        try {
            tenant = TenantClaim.resolve(token.get(), tenants::resolve);
        } catch (TenantAccessDeniedException denied) {
            ProblemErrorServlet.write(Problems.of(denied, request.getRequestURI()), response);
            return;
        }
        if (tenant.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try (TenantContext.Scope scope = TenantContext.enter(tenant.get())) {
            chain.doFilter(request, response);
        }
    }

    private Optional<JsonWebToken> caller(HttpServletRequest request) {
        Optional<JsonWebToken> token = security.getPrincipalsByType(JsonWebToken.class).stream().findFirst();
        if (token.isEmpty() && request.getUserPrincipal() instanceof JsonWebToken jwt) {
            return Optional.of(jwt);
        }
        return token;
    }
}
