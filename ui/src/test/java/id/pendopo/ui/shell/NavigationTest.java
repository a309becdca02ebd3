package id.pendopo.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.Route;
import id.pendopo.identity.Role;
import id.pendopo.ui.home.TenantHomeView;
import id.pendopo.ui.operator.TenantsView;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class NavigationTest {

    private static Predicate<String> roles(String... names) {
        return Set.of(names)::contains;
    }

    private static Stream<String> menu(String... roles) {
        return Navigation.visibleTo(roles(roles)).stream().map(NavItem::id);
    }

    @Test
    void theOperatorSeesTheConsoleAndNeverATenantsSpace() {
        assertThat(menu(Role.Names.PLATFORM_OPERATOR)).containsExactly("nav-tenants", "nav-regions");
        assertThat(menu(Role.Names.PLATFORM_OPERATOR, Role.Names.TENANT_ADMIN)).containsExactly("nav-tenants", "nav-regions");
        assertThat(Navigation.landing(roles(Role.Names.PLATFORM_OPERATOR))).isEqualTo(TenantsView.class);
    }

    @Test
    void aRegencyAdministratorSeesHomeComplaintsStaffAndSettings() {
        assertThat(menu(Role.Names.TENANT_ADMIN)).containsExactly("nav-home", "nav-complaints", "nav-staff",
                "nav-settings");
        assertThat(Navigation.landing(roles(Role.Names.TENANT_ADMIN))).isEqualTo(TenantHomeView.class);
    }

    @Test
    void complaintAndAgencyOfficersSeeTheComplaints() {
        assertThat(menu(Role.Names.COMPLAINT_OFFICER)).containsExactly("nav-home", "nav-complaints");
        assertThat(menu(Role.Names.AGENCY_OFFICER)).containsExactly("nav-home", "nav-complaints");
    }

    @Test
    void otherStaffSeeOnlyTheirHome() {
        Set<Role> withComplaints = Set.of(Role.TENANT_ADMIN, Role.COMPLAINT_OFFICER, Role.AGENCY_OFFICER);
        for (Role r : Role.values()) {
            if (r.tenantStaff() && !withComplaints.contains(r)) {
                assertThat(menu(r.roleName())).as(r.name()).containsExactly("nav-home");
                assertThat(Navigation.landing(roles(r.roleName()))).isEqualTo(TenantHomeView.class);
            }
        }
    }

    @Test
    void someoneWithoutAPendopoRoleSeesNothing() {
        assertThat(menu("default-roles-pendopo")).isEmpty();
        assertThat(Navigation.landing(roles("offline_access"))).isNull();
    }

    @Test
    void theMenuNeverOffersAViewThatItsAccessRulesRefuse() {
        for (NavItem item : Navigation.ITEMS) {
            RolesAllowed allowed = item.view().getAnnotation(RolesAllowed.class);
            assertThat(allowed).as(item.view().getSimpleName() + " has @RolesAllowed").isNotNull();
            assertThat(Set.of(allowed.value())).as(item.id()).containsAll(item.roles());
        }
    }

    @Test
    void theHomeRouteAdmitsEveryRoleSoThatOperatorsCanBeForwarded() {
        Set<String> allowed = Set.of(TenantHomeView.class.getAnnotation(RolesAllowed.class).value());
        assertThat(allowed).containsAll(Navigation.STAFF_ROLES).contains(Role.Names.PLATFORM_OPERATOR)
                .doesNotContain(Role.Names.API_CLIENT);
        assertThat(TenantHomeView.class.getAnnotation(Route.class).value()).isEmpty();
    }

    @Test
    void everyRouteDeclaresItsRoles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            var views = files.filter(f -> f.toString().endsWith(".java")).filter(f -> read(f).contains("@Route(")).toList();
            assertThat(views).hasSizeGreaterThanOrEqualTo(5);
            for (Path f : views) {
                assertThat(read(f)).as(f.toString()).contains("@RolesAllowed(");
            }
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
