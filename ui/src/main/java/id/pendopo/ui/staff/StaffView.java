package id.pendopo.ui.staff;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import id.pendopo.agency.AgencyRepository;
import id.pendopo.identity.IdentityDirectory;
import id.pendopo.identity.Role;
import id.pendopo.identity.StaffAccount;
import id.pendopo.shared.DomainException;
import id.pendopo.shared.Transactions;
import id.pendopo.tenancy.Tenant;
import id.pendopo.tenancy.TenantAdministration;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.ui.components.Ids;
import id.pendopo.ui.components.Notifications;
import id.pendopo.ui.shell.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The regency administrator's list of staff accounts. Accounts live in the identity provider, one organization
 * per regency; this view only ever sees and changes accounts of the signed-in administrator's own regency.
 */
@Route(value = "staf", layout = MainLayout.class)
@RolesAllowed(Role.Names.TENANT_ADMIN)
public class StaffView extends VerticalLayout implements HasDynamicTitle {

    private final IdentityDirectory identity;
    private final String slug;
    private final String organizationId;
    private final String me;
    private final Grid<StaffAccount> grid = new Grid<>();
    private final java.util.function.Supplier<java.util.List<id.pendopo.agency.Agency>> agencyList;

    @Inject
    public StaffView(IdentityDirectory identity, TenantAdministration tenants, AgencyRepository agencies,
            Transactions tx) {
        this.identity = identity;
        this.agencyList = () -> tx.inNew(agencies::all);
        Tenant tenant = tenants.get(TenantContext.require().slug());
        this.slug = tenant.slug();
        this.organizationId = tenant.identityOrgId();
        this.me = VaadinRequest.getCurrent().getUserPrincipal().getName();
        setId("staff-view");
        setSizeFull();

        H2 title = new H2(getTranslation("staff.title"));
        title.setId("staff-title");
        Button invite = new Button(getTranslation("staff.invite"), VaadinIcon.PLUS.create(),
                e -> new InviteDialog(identity, slug, organizationId, tx.inNew(agencies::all), a -> refresh()).open());
        invite.setId("staff-invite");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout top = new HorizontalLayout(title, invite);
        top.setWidthFull();
        top.setAlignItems(FlexComponent.Alignment.BASELINE);
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        grid.setId("staff-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(StaffAccount::username).setHeader(getTranslation("staff.username")).setAutoWidth(true);
        grid.addColumn(a -> (nz(a.firstName()) + " " + nz(a.lastName())).trim()).setHeader(getTranslation("staff.name"))
                .setAutoWidth(true);
        grid.addColumn(StaffAccount::email).setHeader(getTranslation("staff.email")).setAutoWidth(true);
        grid.addColumn(a -> a.agencyCode() == null ? "" : a.agencyCode()).setHeader(getTranslation("staff.agency"))
                .setAutoWidth(true);
        grid.addColumn(this::roleNames).setHeader(getTranslation("staff.roles")).setAutoWidth(true).setFlexGrow(1)
                .setTooltipGenerator(this::roleNames);
        grid.addColumn(a -> getTranslation(a.enabled() ? "staff.enabled" : "staff.disabled"))
                .setHeader(getTranslation("staff.status")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true);
        add(top, grid);
        refresh();
    }

    private HorizontalLayout actions(StaffAccount account) {
        Button roles = new Button(getTranslation("staff.change-roles"),
                e -> new RolesDialog(identity, slug, account, agencyList.get(), this::refresh).open());
        roles.setId(Ids.of("staff-roles", account.username()));
        roles.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout actions = new HorizontalLayout(roles);
        if (!account.username().equals(me)) {
            Button toggle = new Button(getTranslation(account.enabled() ? "staff.disable" : "staff.enable"), e -> {
                try {
                    identity.setEnabled(slug, account.id(), !account.enabled());
                    Notifications.success(getTranslation(account.enabled() ? "staff.disabled-note" : "staff.enabled-note",
                            account.username()));
                    refresh();
                } catch (DomainException refused) {
                    Notifications.error(refused);
                }
            });
            toggle.setId(Ids.of("staff-toggle", account.username()));
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY,
                    account.enabled() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_SUCCESS);
            actions.add(toggle);
        }
        return actions;
    }

    private void refresh() {
        try {
            List<StaffAccount> staff = identity.staff(slug);
            grid.setItems(staff);
        } catch (DomainException refused) {
            grid.setItems(List.of());
            Notifications.error(refused);
        }
    }

    private String roleNames(StaffAccount a) {
        return a.roles() == null ? "" : a.roles().stream().map(r -> getTranslation("role." + r.roleName()))
                .collect(Collectors.joining(", "));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("staff.title");
    }

}
