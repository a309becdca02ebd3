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
        assertThat(ApiClasses.resourceMethods()).noneMatch(m -> m.isAnnotationPresent(PermitAll.class));
    }

    @Test
    void operatorEndpointsAdmitOnlyOperatorsAndTenantEndpointsEveryoneOfATenant() {
        for (Method m : ApiClasses.resourceMethods()) {
            List<String> roles = List.of(m.getAnnotation(RolesAllowed.class).value());
            if (roles.contains(Role.Names.PLATFORM_OPERATOR)) {
                assertThat(roles).as(m.toString()).containsExactly(Role.Names.PLATFORM_OPERATOR);
            } else {
                // Everyone who works for one regency: its staff and its integrations (api-client).
                List<String> staff = Arrays.stream(Role.values()).filter(r -> r != Role.PLATFORM_OPERATOR)
                        .map(Role::roleName).toList();
                assertThat(roles).as(m.toString()).containsExactlyInAnyOrderElementsOf(staff);
            }
        }
    }
}
