package id.pendopo.api.complaint;

import jakarta.ws.rs.NameBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Answers that may hold what only the caller may see (a reporter's own view, read with the tracking secret in a
 * header): {@link KeptFromCachesFilter} tells every cache on the way not to keep them, and that they vary with the
 * secret, so a shared cache keyed on the URL never serves one reporter's view to another caller.
 */
@NameBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface KeptFromCaches {
}
