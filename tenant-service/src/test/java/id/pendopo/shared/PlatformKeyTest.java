package id.pendopo.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlatformKeyTest {

    private static final byte[] KEY = new byte[32];
    private final PlatformKey key = new PlatformKey(KEY);

    @Test
    void aValueSealedForOnePurposeOpensOnlyForThatPurpose() {
        String sealed = key.sealFor("answers").seal("{\"trackingSecret\":\"s3cr3t\"}");

        assertThat(sealed).doesNotContain("s3cr3t");
        assertThat(key.sealFor("answers").open(sealed)).isEqualTo("{\"trackingSecret\":\"s3cr3t\"}");
        assertThatThrownBy(() -> key.sealFor("webhooks").open(sealed)).isInstanceOf(PlatformKey.UnreadableException.class);
    }

    @Test
    void aValueSealedWithABindingOpensOnlyWithTheSameBinding() {
        String sealed = key.sealFor("answers", "client-1", "key-1").seal("body");

        assertThat(key.sealFor("answers", "client-1", "key-1").open(sealed)).isEqualTo("body");
        assertThatThrownBy(() -> key.sealFor("answers", "client-1", "key-2").open(sealed))
                .isInstanceOf(PlatformKey.UnreadableException.class);
        assertThatThrownBy(() -> key.sealFor("answers", "client-1key-1").open(sealed))
                .as("the parts are kept apart, not run together").isInstanceOf(PlatformKey.UnreadableException.class);
        assertThatThrownBy(() -> key.sealFor("answers").open(sealed)).isInstanceOf(PlatformKey.UnreadableException.class);
        byte[] other = KEY.clone();
        other[31] = 7;
        assertThatThrownBy(() -> new PlatformKey(other).sealFor("answers", "client-1", "key-1").open(sealed))
                .isInstanceOf(PlatformKey.UnreadableException.class).hasMessageContaining("another platform key");
    }

    @Test
    void damagedValuesAreUnreadable() {
        var seal = key.sealFor("answers");
        assertThatThrownBy(() -> seal.open("%%%")).isInstanceOf(PlatformKey.UnreadableException.class);
        assertThatThrownBy(() -> seal.open("AAAA")).isInstanceOf(PlatformKey.UnreadableException.class);
    }

    @Test
    void withoutAConfiguredKeyOneIsMadeOnceForTheOwnerOnlyAndKept(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys").resolve("webhook-secrets.key");

        byte[] first = PlatformKey.keyFile(file);
        byte[] again = PlatformKey.keyFile(file);

        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(Arrays.equals(first, new byte[32])).isFalse();
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
        String sealed = new PlatformKey(first).sealFor("x").seal("whsec_y");
        assertThat(new PlatformKey(again).sealFor("x").open(sealed)).isEqualTo("whsec_y");
    }

    @Test
    void onAFileSystemWithoutHardLinksTheKeyIsStillForTheOwnerOnly(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("keys").resolve("webhook-secrets.key");
        PlatformKey.Linker refusing = (link, existing) -> {
            throw new java.nio.file.FileSystemException(link.toString(), existing.toString(), "Operation not permitted");
        };

        byte[] made = PlatformKey.keyFile(file, refusing);

        assertThat(made).hasSize(32).isEqualTo(PlatformKey.keyFile(file, refusing));
        assertThat(Files.getPosixFilePermissions(file))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }
}
