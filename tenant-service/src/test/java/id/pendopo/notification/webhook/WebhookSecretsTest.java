package id.pendopo.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSecretsTest {

    private static final byte[] KEY = new byte[32];
    private final WebhookSecrets box = new WebhookSecrets(KEY);

    @Test
    void aSealedSecretOpensToItselfAndShowsNothingOfIt() {
        String sealed = box.seal("whsec_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");

        assertThat(sealed).startsWith("v1:").doesNotContain("abcdefghijklmnop").hasSizeLessThanOrEqualTo(255);
        assertThat(box.open(sealed)).isEqualTo("whsec_abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG");
        assertThat(box.seal("whsec_x")).as("a fresh nonce each time").isNotEqualTo(box.seal("whsec_x"));
    }

    @Test
    void anotherKeyOrADamagedValueCannotOpenIt() {
        String sealed = box.seal("whsec_secret");
        byte[] other = KEY.clone();
        other[0] = 1;

        assertThatThrownBy(() -> new WebhookSecrets(other).open(sealed))
                .isInstanceOf(WebhookSecrets.UnreadableSecretException.class).hasMessageContaining("another platform key");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
        bytes[bytes.length - 1] ^= 1;
        String flipped = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThatThrownBy(() -> box.open(flipped)).isInstanceOf(WebhookSecrets.UnreadableSecretException.class);
        assertThatThrownBy(() -> box.open("v1:%%%")).isInstanceOf(WebhookSecrets.UnreadableSecretException.class);
        assertThatThrownBy(() -> box.open("v1:AAAA")).isInstanceOf(WebhookSecrets.UnreadableSecretException.class);
    }

    @Test
    void aSecretKeptBeforeSealingExistedIsUsedAsItIs() {
        assertThat(box.open("whsec_kept_as_it_was")).isEqualTo("whsec_kept_as_it_was");
        assertThat(WebhookSecrets.isSealed("whsec_kept_as_it_was")).isFalse();
        assertThat(WebhookSecrets.isSealed(box.seal("whsec_x"))).isTrue();
    }

    @Test
    void aKeyOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> new WebhookSecrets(new byte[16])).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("32 bytes");
    }
}
