package id.pendopo.ui.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.VaadinIcon;
import id.pendopo.identity.Role;
import id.pendopo.ui.complaint.ComplaintInboxView;
import id.pendopo.ui.home.TenantHomeView;
import id.pendopo.ui.operator.RegionsView;
import id.pendopo.ui.operator.TenantsView;
import id.pendopo.ui.settings.SettingsView;
import id.pendopo.ui.staff.StaffView;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What each role finds in the console. Staff of a regency work in their tenant's space; the platform operator
 * works in the operator console and never inside a tenant. The menu offers only what the views' own
 * {@code @RolesAllowed} admit (a test checks this), so nobody is shown a link that ends in "access denied".
 */
public final class Navigation {

    /** Every role a regency can give its staff. */
    public static final Set<String> STAFF_ROLES = Arrays.stream(Role.values()).filter(Role::tenantStaff)
            .map(Role::roleName).collect(Collectors.toUnmodifiableSet());

    public static final Set<String> OPERATOR_ROLES = Set.of(Role.Names.PLATFORM_OPERATOR);

    /** Who works on complaints: coordinators, agency officers (their agency's only) and the regency's admin. */
    public static final Set<String> COMPLAINT_ROLES = Set.of(Role.Names.COMPLAINT_OFFICER, Role.Names.AGENCY_OFFICER,
            Role.Names.TENANT_ADMIN);

    public static final List<NavItem> ITEMS = List.of(
            new NavItem("nav-home", "nav.home", VaadinIcon.HOME, TenantHomeView.class, STAFF_ROLES),
            new NavItem("nav-complaints", "nav.complaints", VaadinIcon.INBOX, ComplaintInboxView.class,
                    COMPLAINT_ROLES),
            new NavItem("nav-staff", "nav.staff", VaadinIcon.USERS, StaffView.class, Set.of(Role.Names.TENANT_ADMIN)),
            new NavItem("nav-settings", "nav.settings", VaadinIcon.COG, SettingsView.class,
                    Set.of(Role.Names.TENANT_ADMIN)),
            new NavItem("nav-tenants", "nav.tenants", VaadinIcon.OFFICE, TenantsView.class, OPERATOR_ROLES),
            new NavItem("nav-regions", "nav.regions", VaadinIcon.MAP_MARKER, RegionsView.class, OPERATOR_ROLES));

    private Navigation() {
    }

    public static boolean isOperator(Predicate<String> hasRole) {
        return hasRole.test(Role.Names.PLATFORM_OPERATOR);
    }

    public static List<NavItem> visibleTo(Predicate<String> hasRole) {
        if (isOperator(hasRole)) {
            // An operator account that also carries a staff role still works only as operator.
            return ITEMS.stream().filter(i -> i.roles().equals(OPERATOR_ROLES)).toList();
        }
        return ITEMS.stream().filter(i -> i.visibleTo(hasRole)).toList();
    }

    /** Where {@code /} leads: the operator console for operators, the tenant's home for staff, nowhere otherwise. */
    public static Class<? extends Component> landing(Predicate<String> hasRole) {
        if (isOperator(hasRole)) {
            return TenantsView.class;
        }
        return STAFF_ROLES.stream().anyMatch(hasRole) ? TenantHomeView.class : null;
    }
}
