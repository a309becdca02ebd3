package id.pendopo.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import id.pendopo.agency.Agency;
import id.pendopo.identity.IdentityDirectory;
import id.pendopo.identity.Role;
import id.pendopo.identity.StaffAccount;
import id.pendopo.shared.DomainException;
import id.pendopo.ui.components.Notifications;
import java.util.List;

/**
 * Changes a staff member's roles, and the agency of an agency officer; at least one role, only roles a regency
 * may give, and an agency exactly when the agency-officer role is given.
 */
class RolesDialog extends Dialog {

    RolesDialog(IdentityDirectory identity, String slug, StaffAccount account, List<Agency> agencies, Runnable changed) {
        setId("roles-dialog");
        setHeaderTitle(getTranslation("staff.roles.title", account.username()));
        CheckboxGroup<Role> roles = StaffRoles.picker(getTranslation("staff.roles"));
        roles.setId("roles-picker");
        roles.setValue(account.roles() == null ? java.util.Set.of()
                : account.roles().stream().filter(Role::tenantStaff).collect(java.util.stream.Collectors.toSet()));
        ComboBox<Agency> agency = new ComboBox<>(getTranslation("staff.agency"));
        agency.setId("roles-agency");
        agency.setItems(agencies.stream().filter(Agency::active).toList());
        agency.setItemLabelGenerator(a -> a.code() + " — " + a.name());
        agency.setHelperText(getTranslation("staff.agency.helper"));
        agencies.stream().filter(a -> a.code().equals(account.agencyCode())).findFirst().ifPresent(agency::setValue);
        agency.setVisible(roles.getValue().contains(Role.AGENCY_OFFICER));
        roles.addValueChangeListener(e -> {
            boolean officer = e.getValue().contains(Role.AGENCY_OFFICER);
            agency.setVisible(officer);
            agency.setRequiredIndicatorVisible(officer);
        });
        add(new VerticalLayout(roles, agency));
        Button save = new Button(getTranslation("common.save"), e -> {
            if (roles.getValue().isEmpty()) {
                roles.setInvalid(true);
                roles.setErrorMessage(getTranslation("validation.roles"));
                return;
            }
            if (Role.joinsAgencyWithCoordination(roles.getValue())) {
                roles.setInvalid(true);
                roles.setErrorMessage(getTranslation("validation.roles.agencyPair"));
                return;
            }
            boolean officer = roles.getValue().contains(Role.AGENCY_OFFICER);
            if (officer && agency.isEmpty()) {
                agency.setInvalid(true);
                agency.setErrorMessage(getTranslation("validation.agencyCode"));
                return;
            }
            try {
                identity.assignRoles(slug, account.id(), roles.getValue(), officer ? agency.getValue().code() : null);
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
