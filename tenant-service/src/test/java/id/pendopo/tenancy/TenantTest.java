package id.pendopo.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.shared.ConflictException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TenantTest {

    private static final Instant NOW = Instant.parse("2026-11-28T01:00:00Z");
    private static final Instant LATER = NOW.plusSeconds(60);

    private final Tenant tenant = TenantIsolationTest.tenant("12.05", "langkat");

    @Test
    void aNewTenantIsProvisioningUntilActivated() {
        assertThat(tenant.status()).isEqualTo(TenantStatus.PROVISIONING);
        tenant.activate("org-1", LATER);
        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.identityOrgId()).isEqualTo("org-1");
        assertThat(tenant.updatedAt()).isEqualTo(LATER);
    }

    @Test
    void onlyAnActiveTenantCanBeSuspendedAndOnlyASuspendedOneReactivated() {
        assertThatThrownBy(() -> tenant.suspend("unpaid", NOW)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("PROVISIONING");
        tenant.activate("org-1", NOW);
        assertThatThrownBy(() -> tenant.reactivate(NOW)).isInstanceOf(ConflictException.class);
        tenant.suspend("unpaid", LATER);
        assertThat(tenant.status()).isEqualTo(TenantStatus.SUSPENDED);
        assertThat(tenant.statusReason()).isEqualTo("unpaid");
        tenant.reactivate(LATER);
        assertThat(tenant.status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(tenant.statusReason()).isNull();
    }

    @Test
    void purgeNeedsAnArchivedTenantAndItsSlugTypedExactly() {
        tenant.activate("org-1", NOW);
        assertThatThrownBy(() -> tenant.checkPurgeAllowed("langkat"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ACTIVE");
        tenant.archive("closed", LATER);
        assertThatThrownBy(() -> tenant.checkPurgeAllowed("Langkat"))
                .isInstanceOf(ConflictException.class)
                .extracting(e -> ((ConflictException) e).type()).isEqualTo("purge-confirmation-mismatch");
        tenant.checkPurgeAllowed("langkat");
    }

    @Test
    void theAllowedActionsFollowTheStatus() {
        tenant.activate("org-1", NOW);
        assertThat(tenant.canSuspend()).isTrue();
        assertThat(tenant.canReactivate()).isFalse();
        assertThat(tenant.canArchive()).isTrue();
        assertThat(tenant.canPurge()).isFalse();
        tenant.suspend("x", NOW);
        assertThat(tenant.canSuspend()).isFalse();
        assertThat(tenant.canReactivate()).isTrue();
        tenant.archive("x", NOW);
        assertThat(tenant.canArchive()).isFalse();
        assertThat(tenant.canPurge()).isTrue();
    }
}
