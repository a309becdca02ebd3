package id.pendopo.ui.complaint;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import id.pendopo.agency.Agency;
import id.pendopo.shared.DomainException;
import id.pendopo.ui.components.OnEveryPoll;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The two numbers next to "Pengaduan" in the menu: new complaints (waiting for verification) and overdue ones,
 * within the user's scope (an agency officer's agency). Shown only when non-zero. Counted again on every navigation
 * and on every poll of the page (see {@code pendopo.ui.refresh-seconds}), so new reports show up without a click.
 */
public class NavCounters extends HorizontalLayout {

    private static final Logger LOG = Logger.getLogger(NavCounters.class.getName());

    private final ComplaintConsole console;
    private final StaffUser user;
    private final Span received = new Span();
    private final Span overdue = new Span();

    public NavCounters(ComplaintConsole console, StaffUser user) {
        this.console = console;
        this.user = user;
        setSpacing(false);
        getStyle().set("gap", "0.25em");
        received.setId("nav-count-new");
        received.getElement().getThemeList().add("badge small");
        overdue.setId("nav-count-overdue");
        overdue.getElement().getThemeList().add("badge small error");
        overdue.getStyle().set("color", "var(--lumo-error-text-color)");
        add(received, overdue);
        OnEveryPoll.refresh(this, this::refresh);
    }

    public void refresh() {
        try {
            Long agency = console.agencyScope(user).map(Agency::id).orElse(null);
            ComplaintConsole.Counts counts = console.counts(agency);
            show(received, counts.received(), agency == null ? "nav.count-new" : "nav.count-new.agency");
            show(overdue, counts.overdue(), "nav.count-overdue");
        } catch (DomainException refused) {
            // An agency officer without a known agency: the inbox explains it, the menu stays quiet.
            received.setVisible(false);
            overdue.setVisible(false);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not count complaints for the menu", e);
            received.setVisible(false);
            overdue.setVisible(false);
        }
    }

    private void show(Span badge, long count, String titleKey) {
        badge.setText(String.valueOf(count));
        badge.getElement().setAttribute("title", getTranslation(titleKey, count));
        badge.setVisible(count > 0);
    }
}
