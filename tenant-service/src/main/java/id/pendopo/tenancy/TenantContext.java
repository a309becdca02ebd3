package id.pendopo.tenancy;

import java.util.Optional;

/**
 * The tenant the current thread works for. It is set once per request by the web layer from the
 * authenticated principal (never from a client-supplied id alone), or explicitly by a job that works through
 * tenants one at a time, and cleared when the work ends.
 *
 * <pre>{@code
 * try (TenantContext.Scope s = TenantContext.enter(ref)) {
 *     ... tenant-owned data of ref only ...
 * }
 * }</pre>
 */
public final class TenantContext {

    private static final ThreadLocal<TenantRef> CURRENT = new ThreadLocal<>();

    private TenantContext() {
    }

    /** Work as {@code tenant} until the returned scope is closed; the previous tenant, if any, comes back then. */
    public static Scope enter(TenantRef tenant) {
        TenantRef previous = CURRENT.get();
        CURRENT.set(tenant);
        return () -> {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        };
    }

    public static Optional<TenantRef> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** The current tenant, or {@link NoTenantException} when none was resolved. */
    public static TenantRef require() {
        TenantRef t = CURRENT.get();
        if (t == null) {
            throw new NoTenantException();
        }
        return t;
    }

    /** Ends a {@link #enter} block; closing twice is harmless. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
