package id.pendopo.ui.staff;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import id.pendopo.identity.Role;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** The roles a regency's administrator may give, and the rules of the staff forms. */
final class StaffRoles {

    /** Lowercase letters, digits, dots, hyphens and underscores; Keycloak lowercases usernames anyway. */
    static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,59}");

    static final List<Role> ASSIGNABLE = Arrays.stream(Role.values()).filter(Role::tenantStaff).toList();

    private StaffRoles() {
    }

    static CheckboxGroup<Role> picker(String label) {
        CheckboxGroup<Role> roles = new CheckboxGroup<>(label);
        roles.setItems(ASSIGNABLE);
        roles.setItemLabelGenerator(r -> roles.getTranslation("role." + r.roleName()));
        return roles;
    }
}
