package id.pendopo.identity;

/** The result of an idempotent "find or create": the thing, and whether this call created it. */
public record Ensured<T>(T value, boolean created) {
}
