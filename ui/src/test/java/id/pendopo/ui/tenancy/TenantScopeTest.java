package id.pendopo.ui.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TenantScopeTest {

    @Test
    void viewsAndVaadinRequestsWorkForTheTenant() {
        assertThat(TenantScope.needsTenant("/")).isTrue();
        assertThat(TenantScope.needsTenant("")).isTrue();
        assertThat(TenantScope.needsTenant("/staf")).isTrue();
        assertThat(TenantScope.needsTenant("/VAADIN/push")).isTrue();
        assertThat(TenantScope.needsTenant("/VAADIN/dynamic/resource/0/abc/export.zip")).isTrue();
    }

    @Test
    void signInSignOutAndStaticFilesDoNot() {
        assertThat(TenantScope.needsTenant("/callback")).isFalse();
        assertThat(TenantScope.needsTenant("/logout")).isFalse();
        assertThat(TenantScope.needsTenant("/tenant-unavailable")).isFalse();
        assertThat(TenantScope.needsTenant("/VAADIN/build/indexhtml-1.js")).isFalse();
    }
}
