package id.pendopo.shared;

import static org.assertj.core.api.Assertions.assertThat;

import id.pendopo.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ExpiringTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-28T03:00:00Z"));
    private final AtomicInteger loads = new AtomicInteger();

    private String load(String value) {
        loads.incrementAndGet();
        return value;
    }

    @Test
    void aValueIsReadOnceUntilItsTimeIsUp() {
        Expiring<String, String> cache = new Expiring<>(clock, Duration.ofSeconds(10));
        assertThat(cache.get("langkat", () -> load("v1"))).isEqualTo("v1");
        clock.advance(Duration.ofSeconds(9));
        assertThat(cache.get("langkat", () -> load("v2"))).isEqualTo("v1");
        assertThat(loads).hasValue(1);

        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("langkat", () -> load("v2"))).isEqualTo("v2");
        assertThat(loads).hasValue(2);
    }

    @Test
    void aForgottenValueIsReadAgainAtOnce() {
        Expiring<String, String> cache = new Expiring<>(clock, Duration.ofSeconds(10));
        cache.get("langkat", () -> load("v1"));
        cache.forget("langkat");
        assertThat(cache.get("langkat", () -> load("v2"))).isEqualTo("v2");
        cache.clear();
        assertThat(cache.get("langkat", () -> load("v3"))).isEqualTo("v3");
    }

    @Test
    void aValueLoadedWhileItsKeyWasForgottenIsNotKept() {
        Expiring<String, String> cache = new Expiring<>(clock, Duration.ofSeconds(10));
        // The load read the old rows; the change committed and forgot the key before the load returned.
        assertThat(cache.get("langkat", () -> {
            cache.forget("langkat");
            return load("old");
        })).isEqualTo("old");
        assertThat(cache.get("langkat", () -> load("new"))).as("read again, not the old value kept").isEqualTo("new");
        assertThat(cache.get("langkat", () -> load("newer"))).isEqualTo("new");
    }

    @Test
    void onlyPresentAnswersAreKeptSoSomethingNewCountsAtOnce() {
        Expiring<String, String> cache = new Expiring<>(clock, Duration.ofSeconds(10));
        assertThat(cache.present("PASAR", () -> { loads.incrementAndGet(); return Optional.<String>empty(); })).isEmpty();
        assertThat(cache.present("PASAR", () -> Optional.of(load("Pasar")))).contains("Pasar");
        assertThat(cache.present("PASAR", () -> Optional.of(load("changed")))).contains("Pasar");
        assertThat(loads).hasValue(2);
    }

    @Test
    void aZeroTimeKeepsNothing() {
        Expiring<String, String> cache = new Expiring<>(clock, Duration.ZERO);
        cache.get("langkat", () -> load("v1"));
        assertThat(cache.get("langkat", () -> load("v2"))).isEqualTo("v2");
        assertThat(loads).hasValue(2);
    }
}
