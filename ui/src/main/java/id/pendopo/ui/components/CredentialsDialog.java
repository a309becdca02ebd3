package id.pendopo.ui.components;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a new account's username and temporary password exactly once. Pendopo never stores the password; the
 * person must change it at their first sign-in.
 */
public class CredentialsDialog extends Dialog {

    /**
     * @param idPrefix prefix of the element ids, e.g. {@code tenant-created} gives {@code tenant-created-username}
     *                 and {@code tenant-created-password}
     */
    public CredentialsDialog(String idPrefix, String title, String intro, String username, String temporaryPassword) {
        setId(idPrefix + "-dialog");
        setHeaderTitle(title);
        setWidth("32rem");
        add(new Paragraph(intro));
        TextField user = readOnly(getTranslation("credentials.username"), username);
        user.setId(idPrefix + "-username");
        add(user);
        if (temporaryPassword != null) {
            TextField password = readOnly(getTranslation("credentials.temporary-password"), temporaryPassword);
            password.setId(idPrefix + "-password");
            add(password);
            add(new Paragraph(getTranslation("credentials.shown-once")));
        } else {
            add(new Paragraph(getTranslation("credentials.existing-account")));
        }
        Button close = new Button(getTranslation("common.close"), e -> close());
        close.setId(idPrefix + "-close");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
        setCloseOnOutsideClick(false);
    }

    private static TextField readOnly(String label, String value) {
        TextField f = new TextField(label);
        f.setValue(value == null ? "" : value);
        f.setReadOnly(true);
        f.setWidthFull();
        f.getStyle().set("font-family", "var(--lumo-font-family-monospace, monospace)");
        return f;
    }
}
