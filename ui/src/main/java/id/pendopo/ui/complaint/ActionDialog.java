package id.pendopo.ui.complaint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import id.pendopo.complaint.Complaint;
import id.pendopo.shared.DomainException;
import id.pendopo.ui.components.Notifications;

/**
 * One act on a complaint: optional extra fields, the main text ({@code action-text}) and the confirm button
 * ({@code action-confirm}). A refusal of the core is shown translated and the dialog stays open with everything
 * typed, so nothing is lost to a wrong field.
 */
class ActionDialog extends Dialog {

    /** The act itself; it receives the text and may be refused with a {@link DomainException}. */
    interface Act {
        void perform(String text);
    }

    final TextArea text = new TextArea();

    ActionDialog(String id, String title, String textLabel, boolean textRequired, Act act, Runnable done,
            Component... extra) {
        setId(id);
        setHeaderTitle(title);
        setWidth("36rem");
        text.setId("action-text");
        text.setLabel(textLabel);
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setRequiredIndicatorVisible(textRequired);
        counter(text, Complaint.MAX_NOTE);
        VerticalLayout body = new VerticalLayout(extra);
        body.setPadding(false);
        body.add(text);
        add(body);

        Button confirm = new Button(getTranslation("action.confirm"), e -> {
            if (textRequired && text.getValue().isBlank()) {
                text.setInvalid(true);
                text.setErrorMessage(getTranslation("validation.required"));
                return;
            }
            try {
                act.perform(text.getValue());
                close();
                done.run();
            } catch (DomainException refused) {
                Notifications.error(refused);
            }
        });
        confirm.setId("action-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> close());
        cancel.setId("action-cancel");
        getFooter().add(cancel, confirm);
    }

    /** A "12/4000" helper under a text field, and the hard limit. */
    static void counter(TextArea area, int max) {
        area.setMaxLength(max);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setHelperText("0/" + max);
        area.addValueChangeListener(e -> area.setHelperText(e.getValue().length() + "/" + max));
    }

}
