package id.pendopo.ui.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every new UI (a new tab or a reload) starts in the session's language: Indonesian unless the user switched.
 * The browser's language is deliberately not used: the platform's working language is Bahasa Indonesia.
 */
@ApplicationScoped
public class LanguageSetup {

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> {
            Language language = current(e.getUI().getSession());
            e.getUI().getSession().setLocale(language.locale());
            e.getUI().setLocale(language.locale());
        });
    }

    public static Language current(VaadinSession session) {
        WrappedSession wrapped = session == null ? null : session.getSession();
        return wrapped == null ? Language.DEFAULT : Language.ofSession(wrapped.getAttribute(Language.SESSION_ATTRIBUTE));
    }

    /** Switches the session to {@code language} and reloads the page so that every text is rendered anew. */
    public static void switchTo(UI ui, Language language) {
        ui.getSession().getSession().setAttribute(Language.SESSION_ATTRIBUTE, language.tag());
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
        ui.getPage().reload();
    }
}
