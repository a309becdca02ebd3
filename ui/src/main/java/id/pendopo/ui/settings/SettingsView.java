package id.pendopo.ui.settings;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.pendopo.calendar.HolidayCalendar;
import id.pendopo.calendar.SlaSettings;
import id.pendopo.calendar.WorkingCalendars;
import id.pendopo.complaint.ComplaintCategories;
import id.pendopo.identity.Role;
import id.pendopo.shared.Transactions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * The regency administrator's settings of the complaint workflow, one tab each: the complaint categories, the
 * holiday calendar (working days), and the SLA deadlines in working days.
 */
@Route(value = "pengaturan", layout = id.pendopo.ui.shell.MainLayout.class)
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    @Inject
    public SettingsView(ComplaintCategories categories, HolidayCalendar holidays, WorkingCalendars calendars,
            SlaSettings sla, Transactions tx, Clock clock) {
        setId("settings-view");
        setSizeFull();
        H2 title = new H2(getTranslation("settings.title"));
        title.setId("settings-title");

        TabSheet tabs = new TabSheet();
        tabs.setId("settings-tabs");
        tabs.setSizeFull();
        tab(tabs, "settings-tab-categories", "settings.tab.categories", new CategoriesPanel(categories, tx, clock));
        tab(tabs, "settings-tab-holidays", "settings.tab.holidays",
                new HolidaysPanel(holidays, tx.inNew(() -> calendars.current().zone()), clock));
        tab(tabs, "settings-tab-sla", "settings.tab.sla", new SlaPanel(sla));
        add(title, tabs);
    }

    private void tab(TabSheet tabs, String id, String labelKey, com.vaadin.flow.component.Component content) {
        Tab tab = tabs.add(getTranslation(labelKey), content);
        tab.setId(id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
