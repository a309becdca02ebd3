package id.pendopo.ui.operator;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;

/** Asks for the reason of a suspension or an archiving; the regency's staff see it on their "unavailable" page. */
class ReasonDialog extends Dialog {

    ReasonDialog(String idPrefix, String title, String text, String confirmLabel, Consumer<String> confirmed) {
        setId(idPrefix + "-dialog");
        setHeaderTitle(title);
        setWidth("32rem");
        add(new Paragraph(text));
        TextArea reason = new TextArea(getTranslation("tenants.reason"));
        reason.setId(idPrefix + "-reason");
        reason.setWidthFull();
        reason.setMaxLength(500);
        reason.setHelperText(getTranslation("tenants.reason.helper"));
        add(reason);
        Button confirm = new Button(confirmLabel, e -> {
            close();
            confirmed.accept(reason.getValue() == null || reason.getValue().isBlank() ? null : reason.getValue().trim());
        });
        confirm.setId(idPrefix + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId(idPrefix + "-cancel");
        getFooter().add(cancel, confirm);
    }
}
