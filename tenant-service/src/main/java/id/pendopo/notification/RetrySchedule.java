package id.pendopo.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When to try again after a failed delivery: 1 minute, 5 minutes, 30 minutes, 2 hours, 12 hours after the
 * failures, so six attempts over about fifteen hours; after the sixth failure the message is dead-lettered. A
 * receiver that is down for a deploy or a night gets everything; one that is gone for good stops costing work.
 */
public final class RetrySchedule {

    public static final List<Duration> DELAYS = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(12));

    /** Attempts in all, the first one included. */
    public static final int MAX_ATTEMPTS = DELAYS.size() + 1;

    private RetrySchedule() {
    }

    /** The next attempt after {@code attemptsMade} attempts that all failed, the last at {@code failedAt}; empty: give up. */
    public static Optional<Instant> nextAttempt(int attemptsMade, Instant failedAt) {
        if (attemptsMade < 1 || attemptsMade > DELAYS.size()) {
            return Optional.empty();
        }
        return Optional.of(failedAt.plus(DELAYS.get(attemptsMade - 1)));
    }
}
