package id.pendopo.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrackingSecretTest {

    @Test
    void theSecretMatchesWhateverCaseAndDashesTheCitizenTypes() {
        String secret = TrackingSecret.generate();
        TrackingSecret stored = TrackingSecret.hash(secret);

        assertThat(stored.matches(secret)).isTrue();
        assertThat(stored.matches(secret.toLowerCase().replace("-", ""))).isTrue();
        assertThat(stored.matches("AAAA-BBBB-CCCC")).isFalse();
        assertThat(stored.matches(null)).isFalse();
        assertThat(stored.encoded()).startsWith("pbkdf2-sha256$" + TrackingSecret.ITERATIONS + "$").doesNotContain(secret);
    }

    @Test
    void hashesMadeWithAnotherIterationCountStillMatch() {
        TrackingSecret older = TrackingSecret.fromStored(TrackingSecret.hash("K7MQ-2XPR-9WTD", 210_000).encoded());

        assertThat(older.matches("K7MQ-2XPR-9WTD")).isTrue();
        assertThat(older.matches("K7MQ-2XPR-9WTE")).isFalse();
    }

    @Test
    void twoHashesOfOneSecretDifferByTheirSalt() {
        assertThat(TrackingSecret.hash("K7MQ-2XPR-9WTD").encoded()).isNotEqualTo(TrackingSecret.hash("K7MQ-2XPR-9WTD").encoded());
    }
}
