package id.pendopo.ui.shell;

import id.pendopo.ui.security.SessionWatch;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantAdministration;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.tenancy.TenantRef;
import id.pendopo.ui.complaint.ComplaintConsole;
import id.pendopo.ui.complaint.ComplaintInboxView;
import id.pendopo.ui.complaint.NavCounters;
import id.pendopo.ui.complaint.StaffUser;
import id.pendopo.ui.i18n.LanguageSetup;
import id.pendopo.ui.i18n.LanguageSwitch;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The frame of the console. Staff see their regency's space: its display name, logo and colour. Operators see
 * "Pendopo — Konsol Operator". Both get the menu of their roles, the language switch and sign-out.
 *
 * <p>Built during an HTTP request, so the user's roles and the tenant entered by the tenant filter are known.
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private NavCounters complaintCounters;

    /**
     * @param refreshSeconds how often a staff member's open page asks the server for news (a Vaadin poll), so the
     *     complaint counters follow new and overdue reports without a click; 0 or less turns polling off
     */
    @Inject
    public MainLayout(TenantAdministration tenants, ComplaintConsole complaints, OpenIdContext openId,
            @ConfigProperty(name = "pendopo.ui.refresh-seconds", defaultValue = "30") int refreshSeconds) {
        VaadinRequest request = VaadinRequest.getCurrent();
        Predicate<String> hasRole = request == null ? r -> false : request::isUserInRole;
        boolean operator = Navigation.isOperator(hasRole);
        Optional<Tenant> tenant = operator ? Optional.empty()
                : TenantContext.current().map(TenantRef::slug).map(tenants::get);

        HorizontalLayout brand = new HorizontalLayout();
        brand.setAlignItems(FlexComponent.Alignment.CENTER);
        tenant.map(t -> t.branding().logoUrl()).ifPresent(url -> {
            Image logo = new Image(url, "");
            logo.setId("brand-logo");
            logo.setHeight("36px");
            brand.add(logo);
        });
        H1 title = new H1(operator ? getTranslation("app.operator-console")
                : tenant.map(t -> t.branding().displayName()).orElse(getTranslation("app.name")));
        title.setId("app-title");
        title.getStyle().set("font-size", "var(--lumo-font-size-l)").set("margin", "0");
        brand.add(title);

        Span user = new Span(Optional.ofNullable(request).map(VaadinRequest::getUserPrincipal).map(Principal::getName)
                .orElse(""));
        user.setId("current-user");
        user.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");

        Button logout = new Button(getTranslation("shell.logout"), VaadinIcon.SIGN_OUT.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.getPage().setLocation(logoutUrl())));
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);

        HorizontalLayout end = new HorizontalLayout(user, new LanguageSwitch(LanguageSetup.current(VaadinSession.getCurrent())),
                logout);
        end.setAlignItems(FlexComponent.Alignment.CENTER);
        end.getStyle().set("margin-left", "auto").set("padding-right", "var(--lumo-space-m)");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), brand, end);
        header.setId("app-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        addToNavbar(header);
        getElement().getStyle().set("--pendopo-header-accent", "var(--pendopo-brand-color, var(--lumo-primary-color))");
        header.getStyle().set("border-bottom", "3px solid var(--pendopo-header-accent)");

        SideNav nav = new SideNav();
        nav.setId("side-nav");
        for (NavItem item : Navigation.visibleTo(hasRole)) {
            SideNavItem entry = new SideNavItem(getTranslation(item.labelKey()), item.view(), item.icon().create());
            entry.setId(item.id());
            if (item.view() == ComplaintInboxView.class && tenant.isPresent()) {
                complaintCounters = new NavCounters(complaints, StaffUser.current(
                        Optional.ofNullable(request.getUserPrincipal()).map(Principal::getName).orElse(""), hasRole, openId));
                entry.setSuffixComponent(complaintCounters);
            }
            nav.addItem(entry);
        }
        addToDrawer(nav);

        tenant.ifPresent(t -> applyBrandColor(t.branding().primaryColor()));
        UI ui = UI.getCurrent();
        if (complaintCounters != null && refreshSeconds > 0 && ui != null) {
            ui.setPollInterval(refreshSeconds * 1000);
        }
        if (ui != null) {
            SessionWatch.install(ui);
        }
    }

    /** New and overdue complaints, counted again on every navigation (cheap: two indexed counts). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (complaintCounters != null) {
            complaintCounters.refresh();
        }
    }

    private static void applyBrandColor(String hex) {
        UI ui = UI.getCurrent();
        if (ui != null) {
            for (Map.Entry<String, String> p : BrandColors.cssProperties(hex).entrySet()) {
                ui.getElement().getStyle().set(p.getKey(), p.getValue());
            }
        }
    }

    private static String logoutUrl() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return (request == null ? "" : request.getContextPath()) + "/logout";
    }
}
