package id.pendopo.ui.security;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Enforces {@code @RolesAllowed} on every view, for in-app navigation as well as for typed URLs. Without Spring,
 * Vaadin does not install this by itself. A view without an access annotation is refused.
 */
@ApplicationScoped
public class ViewAccessControl {

    private final NavigationAccessControl accessControl = new NavigationAccessControl();

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> e.getUI().addBeforeEnterListener(accessControl));
    }
}
