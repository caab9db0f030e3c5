package qiao.portal.platform;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Remembers a bounded number of values for a while: for answers that are costly to work out, change rarely and
 * may be a little stale (which articles are related to one another), never for what decides who may read what.
 * The least recently used entry goes first when it is full.
 */
public final class ExpiringCache<K, V> {

    private record Remembered<V>(V value, Instant expires) {
    }

    private final int capacity;
    private final Duration lifetime;
    private final Clock clock;
    private final Map<K, Remembered<V>> entries;

    public ExpiringCache(int capacity, Duration lifetime, Clock clock) {
        this.capacity = capacity;
        this.lifetime = lifetime;
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Remembered<V>> eldest) {
                return size() > ExpiringCache.this.capacity;
            }
        };
    }

    /** The value remembered for the key if it has not expired, else a new one from {@code compute}, remembered. */
    public V get(K key, Supplier<V> compute) {
        Instant now = clock.instant();
        synchronized (entries) {
            Remembered<V> entry = entries.get(key);
            if (entry != null && now.isBefore(entry.expires())) {
                return entry.value();
            }
        }
        V value = compute.get();
        synchronized (entries) {
            entries.put(key, new Remembered<>(value, now.plus(lifetime)));
        }
        return value;
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
