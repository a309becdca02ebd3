package id.pendopo.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.Set;
import java.util.function.Predicate;

/** One entry of the side navigation and the roles that see it. */
public record NavItem(String id, String labelKey, VaadinIcon icon, Class<? extends Component> view, Set<String> roles) {

    public boolean visibleTo(Predicate<String> hasRole) {
        return roles.stream().anyMatch(hasRole);
    }
}
