package id.pendopo.shared;

import java.util.Optional;

/**
 * Someone else changed the same record between this request's read and its commit: the version check of an
 * aggregate ({@code @Version}) refused the write. A conflict the user can resolve by loading the record again, not an
 * error of the platform. Transactions and providers wrap it (a rollback, a transactional exception), so the cause
 * chain is searched; the provider's own exception type is recognised by name, so callers need no provider classes.
 */
public final class ConcurrentChange {

    public static final String TYPE = "concurrent-change";

    private ConcurrentChange() {
    }

    /** The conflict {@code failure} stands for, if it was caused by a concurrent change. */
    public static Optional<ConflictException> in(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return Optional.of(new ConflictException(TYPE,
                        "Someone else changed this at the same time; load it again and repeat the change"));
            }
        }
        return Optional.empty();
    }
}
