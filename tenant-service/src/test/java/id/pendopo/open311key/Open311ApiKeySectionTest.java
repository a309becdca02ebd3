package id.pendopo.open311key;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.tenancy.TenantContext;
import id.pendopo.testing.ComplaintWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Open311ApiKeySectionTest {

    private ComplaintWorld world;
    private Open311ApiKeys keys;
    private Open311ApiKeySection section;

    @BeforeEach
    void keysInBothRegencies() throws Exception {
        world = new ComplaintWorld();
        keys = new Open311ApiKeys(world.data, world.clock);
        section = new Open311ApiKeySection();
        section.data = world.data;
        world.inTx(() -> keys.create("Aplikasi Warga"));
        try (TenantContext.Scope medan = TenantContext.enter(world.medan)) {
            world.inTx(() -> keys.create("Medan app"));
        }
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void aPurgeRemovesOnlyThisRegencysKeys() {
        assertThat(world.inTx(() -> section.count())).isEqualTo(1);

        world.inTx(() -> {
            section.purge();
            return null;
        });

        assertThat(world.inTx(() -> section.count())).isZero();
        try (TenantContext.Scope medan = TenantContext.enter(world.medan)) {
            assertThat(world.inTx(() -> section.count())).isEqualTo(1);
        }
    }
}
