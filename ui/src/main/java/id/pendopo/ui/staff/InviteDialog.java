package id.pendopo.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import id.pendopo.agency.Agency;
import id.pendopo.identity.IdentityDirectory;
import id.pendopo.identity.Role;
import id.pendopo.identity.StaffAccount;
import id.pendopo.shared.DomainException;
import id.pendopo.ui.components.CredentialsDialog;
import id.pendopo.ui.components.Notifications;
import java.util.List;
import java.util.function.Consumer;

/** Creates an account of the regency's staff and shows its temporary password once. */
class InviteDialog extends Dialog {

    InviteDialog(IdentityDirectory identity, String slug, String organizationId, List<Agency> agencies,
            Consumer<StaffAccount> invited) {
        setId("invite-dialog");
        setHeaderTitle(getTranslation("staff.invite.title"));
        setWidth("36rem");

        TextField username = new TextField(getTranslation("staff.username"));
        username.setId("invite-username");
        username.setHelperText(getTranslation("staff.username.helper"));
        EmailField email = new EmailField(getTranslation("staff.email"));
        email.setId("invite-email");
        TextField firstName = new TextField(getTranslation("staff.first-name"));
        firstName.setId("invite-first-name");
        TextField lastName = new TextField(getTranslation("staff.last-name"));
        lastName.setId("invite-last-name");
        CheckboxGroup<Role> roles = StaffRoles.picker(getTranslation("staff.roles"));
        roles.setId("invite-roles");
        ComboBox<Agency> agency = new ComboBox<>(getTranslation("staff.agency"));
        agency.setId("invite-agency");
        agency.setItems(agencies.stream().filter(Agency::active).toList());
        agency.setItemLabelGenerator(a -> a.code() + " — " + a.name());
        agency.setHelperText(getTranslation("staff.agency.helper"));
        agency.setVisible(false);
        roles.addValueChangeListener(e -> {
            boolean officer = e.getValue() != null && e.getValue().contains(Role.AGENCY_OFFICER);
            agency.setVisible(officer);
            agency.setRequiredIndicatorVisible(officer);
            if (!officer) {
                agency.clear();
            }
        });

        Binder<Invitation> binder = new Binder<>(Invitation.class);
        binder.forField(username).asRequired(getTranslation("validation.required"))
                .withValidator(new RegexpValidator(getTranslation("validation.username"), StaffRoles.USERNAME.pattern()))
                .bind(Invitation::getUsername, Invitation::setUsername);
        binder.forField(email).asRequired(getTranslation("validation.required"))
                .withValidator(new EmailValidator(getTranslation("validation.email")))
                .bind(Invitation::getEmail, Invitation::setEmail);
        binder.forField(firstName).bind(Invitation::getFirstName, Invitation::setFirstName);
        binder.forField(lastName).bind(Invitation::getLastName, Invitation::setLastName);
        binder.forField(roles).asRequired(getTranslation("validation.roles"))
                .withValidator(r -> !Role.joinsAgencyWithCoordination(r), getTranslation("validation.roles.agencyPair"))
                .bind(Invitation::getRoles, Invitation::setRoles);
        binder.forField(agency)
                .withValidator(a -> a != null || !roles.getValue().contains(Role.AGENCY_OFFICER),
                        getTranslation("validation.agencyCode"))
                .bind(i -> agencies.stream().filter(a -> a.code().equals(i.getAgencyCode())).findFirst().orElse(null),
                        (i, a) -> i.setAgencyCode(a == null ? null : a.code()));
        Invitation invitation = new Invitation();
        binder.readBean(invitation);

        FormLayout form = new FormLayout(username, email, firstName, lastName, roles, agency);
        form.setColspan(roles, 2);
        form.setColspan(agency, 2);
        add(form);

        Button save = new Button(getTranslation("staff.invite.save"), e -> {
            if (!binder.writeBeanIfValid(invitation)) {
                return;
            }
            try {
                StaffAccount account = identity.invite(slug, organizationId, invitation.getUsername(),
                        invitation.getEmail(), invitation.getFirstName(), invitation.getLastName(), invitation.getRoles(),
                        invitation.getRoles().contains(Role.AGENCY_OFFICER) ? invitation.getAgencyCode() : null);
                close();
                invited.accept(account);
                new CredentialsDialog("staff-invited", getTranslation("staff.invited.title"),
                        getTranslation("staff.invited.text", account.username()), account.username(),
                        account.temporaryPassword()).open();
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
        });
        save.setId("invite-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("invite-cancel");
        getFooter().add(cancel, save);
    }
}
