package id.pendopo.api.open311;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.api.ApiClasses;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Open311 is its own application: open to anyone, kept out of /v1, with its error format only at home. */
class Open311ApplicationTest {

    @Test
    void itLivesAtOpen311V2AndListsItsOwnClassesOnly() {
        assertThat(Open311Application.class.getAnnotation(ApplicationPath.class).value()).isEqualTo("/open311/v2");
        assertThat(new Open311Application().getClasses())
                .allSatisfy(c -> assertThat(c.getPackageName()).isEqualTo(ApiClasses.OPEN311))
                .contains(GeoReportResource.class, Open311ExceptionMapper.class);
    }

    @Test
    void itsErrorFormatIsNotDiscoveredByTheMainApi() {
        assertThat(Open311ExceptionMapper.class.isAnnotationPresent(Provider.class)).isFalse();
        assertThat(Open311Guard.class.isAnnotationPresent(Provider.class)).isTrue();
    }

    @Test
    void everyMethodIsOpenToAnyoneChoosesItsFormatAndIsGuardedOutsideItsPath() {
        List<Method> methods = ApiClasses.resourceMethods(ApiClasses.OPEN311);

        assertThat(methods).hasSize(7);
        assertThat(methods).allSatisfy(m -> {
            assertThat(m.isAnnotationPresent(PermitAll.class)).as(m.getName()).isTrue();
            assertThat(m.isAnnotationPresent(RolesAllowed.class)).as(m.getName()).isFalse();
            assertThat(m.getAnnotation(Path.class).value()).as(m.getName()).endsWith(".{format}");
            assertThat(m.getDeclaringClass().isAnnotationPresent(Open311Only.class)).isTrue();
        });
        assertThat(ApiClasses.resourceMethods()).noneMatch(m -> methods.contains(m));
    }
}
