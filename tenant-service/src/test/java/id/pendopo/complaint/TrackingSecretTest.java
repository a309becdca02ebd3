package id.pendopo.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrackingSecretTest {

    @Test
    void theSecretMatchesWhateverCaseAndDashesTheCitizenTypes() {
        String secret = TrackingSecret.generate();
        TrackingSecret stored = TrackingSecret.hash(secret);

        assertThat(stored.matches(secret)).isTrue();
        assertThat(stored.matches(" " + secret.toLowerCase().replace("-", "") + " ")).isTrue();
        assertThat(stored.matches("AAAA-BBBB-CCCC-DDDD")).isFalse();
        assertThat(stored.matches(secret.substring(0, secret.length() - 1))).isFalse();
        assertThat(stored.matches("")).isFalse();
        assertThat(stored.matches(null)).isFalse();
        assertThat(stored.encoded()).startsWith("sha256$").doesNotContain(secret).doesNotContain(secret.replace("-", ""));
    }

    @Test
    void aNewSecretHasSixteenCharactersCitizensCanReadOut() {
        String secret = TrackingSecret.generate();

        assertThat(secret).matches("[2-9A-HJKMNP-Z]{4}(-[2-9A-HJKMNP-Z]{4}){3}");
        assertThat(TrackingSecret.generate()).isNotEqualTo(secret);
    }

    @Test
    void everyLetterOfTheAlphabetIsAboutEquallyLikely() {
        java.util.Map<Character, Integer> seen = new java.util.TreeMap<>();
        for (int i = 0; i < 2_000; i++) {
            for (char c : TrackingSecret.generate().replace("-", "").toCharArray()) {
                seen.merge(c, 1, Integer::sum);
            }
        }
        // 32,000 letters over 31: about 1,032 each; a skew such as a letter twice as likely lies far outside this.
        assertThat(seen).hasSize(31);
        assertThat(seen.values()).allSatisfy(n -> assertThat(n).isBetween(850, 1_220));
    }

    @Test
    void aShortSecretIsRefusedRatherThanHashedOnce() {
        assertThatThrownBy(() -> TrackingSecret.hash("K7MQ-2XPR-9WTD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrackingSecret.hash(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theEarlierStretchedHashesOfTwelveCharacterSecretsStillMatch() {
        for (int iterations : new int[] {1_000, 210_000}) {
            TrackingSecret older = TrackingSecret.fromStored(TrackingSecret.stretched("K7MQ-2XPR-9WTD", iterations).encoded());

            assertThat(older.matches("k7mq2xpr9wtd")).isTrue();
            assertThat(older.matches("K7MQ-2XPR-9WTE")).isFalse();
        }
    }

    @Test
    void anUnknownSchemeMatchesNothing() {
        assertThat(TrackingSecret.fromStored("md5$abc$def").matches("K7MQ-2XPR-9WTD-4HNC")).isFalse();
    }

    @Test
    void twoHashesOfOneSecretDifferByTheirSalt() {
        assertThat(TrackingSecret.hash("K7MQ-2XPR-9WTD-4HNC").encoded())
                .isNotEqualTo(TrackingSecret.hash("K7MQ-2XPR-9WTD-4HNC").encoded());
    }
}
