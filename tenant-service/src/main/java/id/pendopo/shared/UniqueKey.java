package id.pendopo.shared;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/**
 * Whether a failed write was refused by a unique key: the loser of a race that a check before the write could not
 * see (another node, or the other application, wrote the same key and committed in between). Callers turn it into
 * the same {@link ConflictException} their check gives, instead of an unexpected error.
 */
public final class UniqueKey {

    private UniqueKey() {
    }

    public static boolean violated(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
