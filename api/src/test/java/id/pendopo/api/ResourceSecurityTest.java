package id.pendopo.api;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.identity.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Nothing under /api/v1 is reachable without a decision about who may call it. */
class ResourceSecurityTest {

    @Test
    void everyResourceMethodNamesWhoMayCallIt() {
        List<Method> methods = ApiClasses.resourceMethods();

        assertThat(methods).hasSizeGreaterThanOrEqualTo(14);
        assertThat(methods).allSatisfy(m -> assertThat(
                m.isAnnotationPresent(RolesAllowed.class) || m.isAnnotationPresent(PermitAll.class))
                .as("%s.%s has @RolesAllowed or @PermitAll", m.getDeclaringClass().getSimpleName(), m.getName())
                .isTrue());
    }

    @Test
    void noResourceMethodIsOpenToAnonymousCallers() {
        // Only the citizen's tracking page is open: citizens have no accounts, the tracking secret proves them.
        assertThat(ApiClasses.resourceMethods()).filteredOn(m -> m.isAnnotationPresent(PermitAll.class))
                .allMatch(m -> m.getDeclaringClass() == id.pendopo.api.complaint.TrackingResource.class);
    }

    @Test
    void operatorEndpointsAdmitOnlyOperatorsAndTenantEndpointsOnlyPeopleOfATenant() {
        List<String> ofATenant = Arrays.stream(Role.values()).filter(r -> r != Role.PLATFORM_OPERATOR)
                .map(Role::roleName).toList();
        for (Method m : ApiClasses.resourceMethods()) {
            if (m.isAnnotationPresent(PermitAll.class)) {
                continue; // the tracking page, checked above
            }
            List<String> roles = List.of(m.getAnnotation(RolesAllowed.class).value());
            if (roles.contains(Role.Names.PLATFORM_OPERATOR)) {
                assertThat(roles).as(m.toString()).containsExactly(Role.Names.PLATFORM_OPERATOR);
            } else {
                // Everyone who works for one regency (its staff and its integrations), or a narrower set of them.
                assertThat(ofATenant).as(m.toString()).containsAll(roles);
            }
        }
    }

    @Test
    void readsOfTheRegencyAreOpenToAllItsPeopleAndItsApiClientsAreManagedByItsAdminOnly() throws Exception {
        List<String> ofATenant = Arrays.stream(Role.values()).filter(r -> r != Role.PLATFORM_OPERATOR)
                .map(Role::roleName).toList();
        Method agencies = id.pendopo.api.agency.AgenciesResource.class.getMethod("list");
        assertThat(agencies.getAnnotation(RolesAllowed.class).value()).containsExactlyInAnyOrderElementsOf(ofATenant);
        List<Method> adminOnly = new java.util.ArrayList<>(
                List.of(id.pendopo.api.identity.ApiClientsResource.class.getDeclaredMethods()));
        adminOnly.addAll(List.of(id.pendopo.api.identity.Open311KeysResource.class.getDeclaredMethods()));
        for (Method m : adminOnly) {
            if (m.isAnnotationPresent(RolesAllowed.class)) {
                assertThat(m.getAnnotation(RolesAllowed.class).value()).as(m.toString())
                        .containsExactly(Role.Names.TENANT_ADMIN);
            }
        }
    }

    @Test
    void theRegencysSettingsAreReadByAllItsPeopleAndChangedByItsAdminOnly() {
        List<String> ofATenant = Arrays.stream(Role.values()).filter(r -> r != Role.PLATFORM_OPERATOR)
                .map(Role::roleName).toList();
        List<Method> settings = ApiClasses.resourceMethods("id.pendopo.api.settings");
        assertThat(settings).hasSizeGreaterThanOrEqualTo(10);
        for (Method m : settings) {
            List<String> roles = List.of(m.getAnnotation(RolesAllowed.class).value());
            if (m.isAnnotationPresent(jakarta.ws.rs.GET.class)) {
                assertThat(roles).as(m.toString()).containsExactlyInAnyOrderElementsOf(ofATenant);
            } else {
                assertThat(roles).as(m.toString()).containsExactly(Role.Names.TENANT_ADMIN);
            }
        }
    }
}
