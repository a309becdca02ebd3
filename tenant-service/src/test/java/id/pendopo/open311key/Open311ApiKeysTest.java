package id.pendopo.open311key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.pendopo.shared.NotFoundException;
import id.pendopo.shared.ValidationException;
import id.pendopo.tenancy.TenantContext;
import id.pendopo.testing.ComplaintWorld;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class Open311ApiKeysTest {

    private ComplaintWorld world;
    private Open311ApiKeys keys;

    @BeforeEach
    void langkat() throws Exception {
        world = new ComplaintWorld();
        keys = new Open311ApiKeys(world.data, world.clock);
    }

    @AfterEach
    void close() throws Exception {
        world.close();
    }

    @Test
    void aKeyIsShownOnceAndStoredOnlyAsItsSha256() throws Exception {
        IssuedApiKey issued = world.inTx(() -> keys.create("  Aplikasi Warga  "));

        assertThat(issued.key()).matches("p311\\.[a-z0-9]{12}\\.[A-Za-z0-9_-]{43}");
        assertThat(issued.key()).startsWith("p311." + issued.record().keyId() + ".");
        assertThat(issued.toString()).doesNotContain(issued.key());
        String stored;
        try (var c = world.db.dataSource().getConnection();
                var rs = c.createStatement().executeQuery("SELECT key_hash FROM open311_api_key")) {
            rs.next();
            stored = rs.getString(1);
        }
        assertThat(stored).isEqualTo(ApiKeyFormat.hash(issued.key())).asString().hasSize(64).doesNotContain(
                issued.key().substring(18));
        assertThat(world.inTx(() -> keys.list())).extracting(Open311ApiKey::name).containsExactly("Aplikasi Warga");
    }

    @Test
    void theIssuedKeyVerifiesAndAnyAlteredOneDoesNot() {
        IssuedApiKey issued = world.inTx(() -> keys.create("app"));
        String key = issued.key();
        char last = key.charAt(key.length() - 1);
        String altered = key.substring(0, key.length() - 1) + (last == 'A' ? 'B' : 'A');

        assertThat(world.inTx(() -> keys.verify(key)).keyId()).isEqualTo(issued.record().keyId());
        assertThat(world.inTx(() -> keys.verify(" " + key + " ")).keyId()).isEqualTo(issued.record().keyId());
        for (String bad : List.of(altered, "p311.nothere12345.x", "secret", key.replace("p311", "p312"))) {
            assertThatThrownBy(() -> world.inTx(() -> keys.verify(bad))).as(bad)
                    .isInstanceOf(InvalidApiKeyException.class);
        }
        assertThatThrownBy(() -> world.inTx(() -> keys.verify(null))).isInstanceOf(InvalidApiKeyException.class)
                .hasMessageContaining("required");
        assertThatThrownBy(() -> world.inTx(() -> keys.verify(" "))).isInstanceOf(InvalidApiKeyException.class);
    }

    @Test
    void aRevokedKeyIsRefusedAndKeepsItsRevocationTime() {
        IssuedApiKey issued = world.inTx(() -> keys.create("app"));
        world.clock.advance(Duration.ofHours(1));
        world.inTx(() -> keys.revoke(issued.record().keyId()));
        world.clock.advance(Duration.ofHours(1));
        world.inTx(() -> keys.revoke(issued.record().keyId()));

        assertThatThrownBy(() -> world.inTx(() -> keys.verify(issued.key()))).isInstanceOf(InvalidApiKeyException.class);
        assertThat(world.inTx(() -> keys.list()).get(0).revokedAt())
                .contains(ComplaintWorld.START.plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> world.inTx(() -> keys.revoke("unknown12345"))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aKeyOfAnotherRegencyIsRefusedThereAndInvisible() {
        IssuedApiKey langkatKey = world.inTx(() -> keys.create("app"));

        try (TenantContext.Scope medan = TenantContext.enter(world.medan)) {
            assertThatThrownBy(() -> world.inTx(() -> keys.verify(langkatKey.key())))
                    .isInstanceOf(InvalidApiKeyException.class);
            assertThat(world.inTx(() -> keys.list())).isEmpty();
            assertThatThrownBy(() -> world.inTx(() -> keys.revoke(langkatKey.record().keyId())))
                    .isInstanceOf(NotFoundException.class);
        }
        assertThat(world.inTx(() -> keys.verify(langkatKey.key())).active()).isTrue();
    }

    @Test
    void aKeyNeedsAName() {
        assertThatThrownBy(() -> world.inTx(() -> keys.create(" "))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> world.inTx(() -> keys.create("x".repeat(81)))).isInstanceOf(ValidationException.class);
    }
}
