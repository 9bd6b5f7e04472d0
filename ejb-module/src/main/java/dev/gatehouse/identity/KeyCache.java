package dev.gatehouse.identity;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;

/**
 * What the store said about key ids, for a short time: the holder (or that there is none) and
 * the principal built from it, so a repeated request allocates nothing new. Bounded: when it
 * grows past {@link #MAX_ENTRIES} (ids sprayed by a client) it starts over. Also collects when
 * keys were last used, for a periodic write.
 */
final class KeyCache {
    static final int MAX_ENTRIES = 10_000;

    private final long ttlNanos;
    private final ConcurrentMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, LocalDateTime> lastUse = new ConcurrentHashMap<>();

    KeyCache(Duration ttl) {
        this.ttlNanos = ttl.toNanos();
    }

    /** The cached entry for {@code id}, loading it when absent or older than the TTL; the holder may be null. */
    Entry get(String id, Function<String, KeyHolder> load) {
        long now = System.nanoTime();
        Entry entry = entries.get(id);
        if (entry == null || now - entry.loadedAt >= ttlNanos) {
            KeyHolder holder = load.apply(id);
            entry = new Entry(holder, holder == null ? null : holder.agent().principal(), now);
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear();
            }
            entries.put(id, entry);
        }
        return entry;
    }

    void clear() {
        entries.clear();
    }

    void used(String id, LocalDateTime at) {
        lastUse.put(id, at);
    }

    /** The uses noted since the last drain. */
    Map<String, LocalDateTime> drainUse() {
        Map<String, LocalDateTime> out = new HashMap<>();
        for (String id : lastUse.keySet()) {
            LocalDateTime at = lastUse.remove(id);
            if (at != null) {
                out.put(id, at);
            }
        }
        return out;
    }

    /** One cached answer of the store. */
    record Entry(KeyHolder holder, Principal principal, long loadedAt) {
    }
}
