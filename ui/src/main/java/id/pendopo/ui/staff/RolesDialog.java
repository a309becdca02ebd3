package id.pendopo.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import id.pendopo.identity.IdentityDirectory;
import id.pendopo.identity.Role;
import id.pendopo.identity.StaffAccount;
import id.pendopo.shared.DomainException;
import id.pendopo.ui.components.Notifications;

/** Changes a staff member's roles; at least one role, and only roles a regency may give. */
class RolesDialog extends Dialog {

    RolesDialog(IdentityDirectory identity, String slug, StaffAccount account, Runnable changed) {
        setId("roles-dialog");
        setHeaderTitle(getTranslation("staff.roles.title", account.username()));
        CheckboxGroup<Role> roles = StaffRoles.picker(getTranslation("staff.roles"));
        roles.setId("roles-picker");
        roles.setValue(account.roles() == null ? java.util.Set.of()
                : account.roles().stream().filter(Role::tenantStaff).collect(java.util.stream.Collectors.toSet()));
        add(roles);
        Button save = new Button(getTranslation("common.save"), e -> {
            if (roles.getValue().isEmpty()) {
                roles.setInvalid(true);
                roles.setErrorMessage(getTranslation("validation.roles"));
                return;
            }
            try {
                identity.assignRoles(slug, account.id(), roles.getValue());
                close();
                Notifications.success(getTranslation("staff.roles.saved", account.username()));
                changed.run();
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
        });
        save.setId("roles-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
