package id.pendopo.ui.components;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import id.pendopo.shared.DomainException;
import id.pendopo.ui.i18n.ErrorMessages;
import java.util.Locale;

/** Feedback after an action: a short success note, or a refusal explained in the user's language. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        Notification n = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        n.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    public static void error(String text) {
        Notification n = Notification.show(text, 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** An error that stays until the user closes it, for one they may need to report. */
    public static void lastingError(String text, String closeLabel) {
        UI ui = UI.getCurrent();
        // One at a time: repeated failures replace the note, they do not pile up to be closed one by one.
        LastingError earlier = ui == null ? null : ComponentUtil.getData(ui, LastingError.class);
        if (earlier != null) {
            earlier.notification().close();
        }
        Notification n = new Notification();
        n.setId("error-lasting");
        n.setDuration(0);
        n.setPosition(Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
        Button close = new Button(closeLabel, e -> n.close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        HorizontalLayout content = new HorizontalLayout(new Span(text), close);
        content.setAlignItems(FlexComponent.Alignment.CENTER);
        n.add(content);
        n.open();
        if (ui != null) {
            ComponentUtil.setData(ui, LastingError.class, new LastingError(n));
        }
    }

    private record LastingError(Notification notification) {
    }

    public static void error(DomainException e) {
        error(ErrorMessages.of(e, locale()));
    }

    private static Locale locale() {
        UI ui = UI.getCurrent();
        return ui == null ? null : ui.getLocale();
    }
}
