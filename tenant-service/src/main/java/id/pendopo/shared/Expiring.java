package id.pendopo.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A small read-through cache whose entries live for a fixed time, for data that every request reads and an admin
 * changes rarely: a tenant's status, its categories, its working calendar, the region codes.
 *
 * <p>Why a time limit and not only invalidation: the UI and the API are separate applications, and the platform
 * runs on several nodes; a change made in one is forgotten at once there ({@link #forget}) and seen by the others
 * within the time limit. Callers that must never accept what was just removed cache only positive answers
 * ({@link #present}): anything not found is looked up again, so a new category or region counts at once
 * everywhere, and only a withdrawal can take up to the time limit to be seen.
 */
public final class Expiring<K, V> {

    private record Entry<V>(V value, Instant expires) {
    }

    private final Clock clock;
    private final Duration ttl;
    private final ConcurrentHashMap<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Bumped by every {@link #forget}: a value loaded while its key was forgotten is not kept. */
    private final ConcurrentHashMap<K, Long> generations = new ConcurrentHashMap<>();

    public Expiring(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /**
     * The value of {@code key}, loaded by {@code load} when missing or expired; a null value is not kept. A zero
     * time limit caches nothing.
     */
    public V get(K key, Supplier<V> load) {
        if (ttl.isZero()) {
            return load.get();
        }
        Instant now = clock.instant();
        Entry<V> entry = entries.get(key);
        if (entry != null && now.isBefore(entry.expires())) {
            return entry.value();
        }
        long generation = generations.getOrDefault(key, 0L);
        V value = load.get();
        if (value != null) {
            Entry<V> loaded = new Entry<>(value, now.plus(ttl));
            entries.put(key, loaded);
            // Forgotten while loading (a change committed meanwhile): what was loaded may be the old state.
            if (generations.getOrDefault(key, 0L) != generation) {
                entries.remove(key, loaded);
            }
        }
        return value;
    }

    /** Like {@link #get}, but only a present answer is kept; an empty one is looked up again next time. */
    public Optional<V> present(K key, Supplier<Optional<V>> load) {
        return Optional.ofNullable(get(key, () -> load.get().orElse(null)));
    }

    public void forget(K key) {
        generations.merge(key, 1L, Long::sum);
        entries.remove(key);
    }

    public void clear() {
        entries.clear();
    }
}
