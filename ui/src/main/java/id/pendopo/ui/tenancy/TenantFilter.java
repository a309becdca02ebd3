package id.pendopo.ui.tenancy;

import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.shared.ApplicationConstants;
import id.pendopo.identity.Role;
import id.pendopo.tenancy.TenantAccess;
import id.pendopo.tenancy.TenantAccessDeniedException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantRef;
import id.pendopo.ui.i18n.Language;
import id.pendopo.ui.i18n.Translations;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Resolves the tenant once per request and makes it the tenant of everything the request does.
 *
 * <ul>
 * <li>Platform operators work for no tenant: they manage tenants, they do not work inside one.</li>
 * <li>Staff work for the tenant in their token's {@code tenant} claim, and only while it is active: a refused
 * tenant (suspended, archived, unknown, still being set up) gets the translated
 * {@link TenantUnavailableServlet} page instead of the application, or, for Vaadin's background requests, a
 * notification that leads there.</li>
 * </ul>
 * The container has authenticated the request before any filter runs.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true, dispatcherTypes = DispatcherType.REQUEST)
public class TenantFilter extends HttpFilter {

    @Inject
    TenantAccess tenantAccess;

    @Inject
    OpenIdContext openId;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        if (req.getUserPrincipal() == null || req.isUserInRole(Role.Names.PLATFORM_OPERATOR)
                || !TenantScope.needsTenant(req.getRequestURI().substring(req.getContextPath().length()))) {
            chain.doFilter(req, res);
            return;
        }
        String slug = TenantClaim.of(openId).orElse(null);
        TenantRef tenant;
        try {
            tenant = tenantAccess.resolve(slug);
        } catch (TenantAccessDeniedException refused) {
            SessionTenant.forget(req.getSession(false));
            refuse(req, res, refused, slug);
            return;
        }
        SessionTenant.remember(req.getSession(), tenant);
        try (TenantContext.Scope s = TenantContext.enter(tenant)) {
            chain.doFilter(req, res);
        }
    }

    private static void refuse(HttpServletRequest req, HttpServletResponse res, TenantAccessDeniedException refused,
            String slug) throws IOException, ServletException {
        String requestType = req.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER);
        if (ApplicationConstants.REQUEST_TYPE_UIDL.equals(requestType)) {
            // An open Vaadin page: show a notification whose click loads the explanation page.
            Locale locale = Language.ofSession(req.getSession(false)).locale();
            res.setContentType("application/json");
            res.setCharacterEncoding(StandardCharsets.UTF_8.name());
            res.getWriter().write(VaadinService.createCriticalNotificationJSON(
                    Translations.get(locale, "unavailable.title"),
                    Translations.get(locale, "error." + refused.type()),
                    null, req.getContextPath() + "/"));
            return;
        }
        if (requestType != null || req.getRequestURI().startsWith(req.getContextPath() + "/VAADIN/")) {
            res.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        req.setAttribute(TenantUnavailableServlet.ATTR_TYPE, refused.type());
        req.setAttribute(TenantUnavailableServlet.ATTR_SLUG, slug);
        res.setStatus(HttpServletResponse.SC_FORBIDDEN);
        req.getRequestDispatcher(TenantUnavailableServlet.PATH).forward(req, res);
    }
}
