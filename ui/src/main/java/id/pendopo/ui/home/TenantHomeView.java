package id.pendopo.ui.home;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import id.pendopo.agency.Agency;
import id.pendopo.agency.AgencyRepository;
import id.pendopo.identity.Role;
import id.pendopo.shared.Transactions;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantAdministration;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.ui.shell.MainLayout;
import id.pendopo.ui.shell.Navigation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The landing page of a regency's staff: the regency's name, its Kemendagri code, its time zone and its
 * agencies (OPD). Platform operators who open {@code /} are sent on to the operator console.
 */
@Route(value = "", layout = MainLayout.class)
@RolesAllowed({Role.Names.TENANT_ADMIN, Role.Names.COMPLAINT_OFFICER, Role.Names.AGENCY_OFFICER, Role.Names.CALL_TAKER,
        Role.Names.DISPATCHER, Role.Names.COMMAND_VIEWER, Role.Names.PLATFORM_OPERATOR})
public class TenantHomeView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final TenantAdministration tenants;
    private final AgencyRepository agencies;
    private final Transactions tx;

    @Inject
    public TenantHomeView(TenantAdministration tenants, AgencyRepository agencies, Transactions tx) {
        this.tenants = tenants;
        this.agencies = agencies;
        this.tx = tx;
        setId("tenant-home");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var landing = Navigation.landing(VaadinRequest.getCurrent()::isUserInRole);
        if (landing != null && landing != TenantHomeView.class) {
            event.forwardTo(landing);
            return;
        }
        removeAll();
        Tenant tenant = tenants.get(TenantContext.require().slug());
        List<Agency> list = tx.inNew(agencies::all);

        H1 title = new H1(getTranslation("home.welcome", tenant.branding().displayName()));
        title.setId("tenant-home-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-xxl)").set("color", "var(--lumo-primary-text-color)");

        FormLayout facts = new FormLayout();
        facts.setId("tenant-home-facts");
        facts.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        facts.addFormItem(value("tenant-home-name", tenant.name()), getTranslation("home.name"));
        facts.addFormItem(value("tenant-home-kode", tenant.kode()), getTranslation("home.kode"));
        facts.addFormItem(value("tenant-home-province", tenant.provinceName()), getTranslation("home.province"));
        ZonedDateTime now = ZonedDateTime.now(tenant.timeZone().zone());
        facts.addFormItem(value("tenant-home-time-zone", getTranslation("timezone." + tenant.timeZone().name())
                + " · " + getTranslation("home.local-time", now.format(DateTimeFormatter.ofPattern("HH:mm")))),
                getTranslation("home.time-zone"));

        H2 agencyTitle = new H2(getTranslation("home.agencies"));
        agencyTitle.getStyle().set("font-size", "var(--lumo-font-size-l)");
        Grid<Agency> grid = new Grid<>();
        grid.setId("agency-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(Agency::code).setHeader(getTranslation("agency.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Agency::name).setHeader(getTranslation("agency.name")).setFlexGrow(1);
        grid.addColumn(a -> getTranslation(a.active() ? "agency.active" : "agency.inactive"))
                .setHeader(getTranslation("agency.status")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(list);
        grid.setAllRowsVisible(true);

        Span count = new Span(getTranslation("home.agency-count", list.size()));
        count.setId("agency-count");
        add(title, facts, agencyTitle, count, grid);
    }

    private static Span value(String id, String text) {
        Span s = new Span(text);
        s.setId(id);
        s.getStyle().set("font-weight", "600");
        return s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.page-title");
    }
}
