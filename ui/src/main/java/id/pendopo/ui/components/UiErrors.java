package id.pendopo.ui.components;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import id.pendopo.shared.ConcurrentChange;
import id.pendopo.shared.DomainException;
import id.pendopo.ui.i18n.Translations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort for exceptions that escape a view's listener: a refusal of the core becomes its translated
 * message, anything else a short "something went wrong" (and a log entry) instead of a silent failure.
 */
@ApplicationScoped
public class UiErrors {

    private static final Logger LOG = Logger.getLogger(UiErrors.class.getName());

    void install(@Observes ServiceInitEvent event) {
        event.getSource().addSessionInitListener(e -> e.getSession().setErrorHandler(UiErrors::handle));
    }

    static void handle(ErrorEvent event) {
        DomainException domain = domainCause(event.getThrowable());
        UI ui = UI.getCurrent();
        if (domain != null) {
            LOG.log(Level.FINE, "Refused by the core", domain);
            if (ui != null) {
                Notifications.error(domain);
            }
            return;
        }
        // A reference the user can quote, found in the log next to the cause; the note stays until closed (a short
        // one vanished before anyone read it, and a failed save looked like a button that did nothing).
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, event.getThrowable(), () -> "Unexpected error in the console, reference " + reference);
        if (ui != null) {
            Notifications.lastingError(Translations.get(ui.getLocale(), "error.unexpected.reference", reference),
                    Translations.get(ui.getLocale(), "common.close"));
        }
    }

    /** The refusal {@code t} stands for: a rule of the core, or a concurrent change of the same record; else null. */
    public static DomainException domainCause(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof DomainException d) {
                return d;
            }
        }
        return ConcurrentChange.in(t).orElse(null);
    }
}
