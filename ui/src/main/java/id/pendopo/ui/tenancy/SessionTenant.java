package id.pendopo.ui.tenancy;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantRef;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Optional;

/**
 * The tenant of a signed-in staff member, kept in the HTTP session that backs their Vaadin session. Requests get
 * their tenant from {@link TenantFilter}; code that runs outside a request (a {@code ui.access} from a background
 * thread, a push update) has no request and must enter the tenant itself:
 *
 * <pre>{@code
 * SessionTenant.access(ui, () -> grid.setItems(agencies.all()));
 * }</pre>
 *
 * The filter refreshes the stored tenant on every request and removes it when the tenant is refused (for
 * example after a suspension), so background work stops with the next request at the latest.
 */
public final class SessionTenant {

    static final String ATTRIBUTE = SessionTenant.class.getName();

    private record Stored(String id, String slug) implements Serializable {
    }

    private SessionTenant() {
    }

    static void remember(HttpSession session, TenantRef tenant) {
        Stored stored = new Stored(tenant.id(), tenant.slug());
        if (!stored.equals(session.getAttribute(ATTRIBUTE))) {
            session.setAttribute(ATTRIBUTE, stored);
        }
    }

    static void forget(HttpSession session) {
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }

    /** The tenant stored in a Vaadin session; empty for platform operators and refused tenants. */
    public static Optional<TenantRef> of(VaadinSession session) {
        WrappedSession wrapped = session == null ? null : session.getSession();
        Object stored = wrapped == null ? null : wrapped.getAttribute(ATTRIBUTE);
        return stored instanceof Stored s ? Optional.of(new TenantRef(s.id(), s.slug())) : Optional.empty();
    }

    /** Runs {@code command} with the UI locked and the session's tenant entered, from any thread. */
    public static void access(UI ui, Command command) {
        ui.access(() -> {
            Optional<TenantRef> tenant = of(ui.getSession());
            if (tenant.isEmpty()) {
                command.execute();
                return;
            }
            try (TenantContext.Scope s = TenantContext.enter(tenant.get())) {
                command.execute();
            }
        });
    }
}
