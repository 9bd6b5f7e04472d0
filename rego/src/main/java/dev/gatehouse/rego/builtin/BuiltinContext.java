package dev.gatehouse.rego.builtin;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * Per-query state for builtins: the stable evaluation time ({@code time.now_ns} is constant within a
 * query), a cache for compiled artefacts (regexes, globs) and a cancellation hook. Not thread-safe:
 * one context per query evaluation.
 */
public final class BuiltinContext {
    private final long nowNanos;
    private final BooleanSupplier cancelled;
    private Map<Object, Object> cache;

    /** A context with the given time (Unix nanoseconds) and cancellation check. */
    public BuiltinContext(long nowNanos, BooleanSupplier cancelled) {
        this.nowNanos = nowNanos;
        this.cancelled = cancelled;
    }

    /** A context for a query starting now, never cancelled. */
    public static BuiltinContext now() {
        Instant t = Instant.now();
        return new BuiltinContext(t.getEpochSecond() * 1_000_000_000L + t.getNano(), () -> false);
    }

    /** The evaluation's time in Unix nanoseconds. */
    public long nowNanos() {
        return nowNanos;
    }

    /** Throws when the evaluation was cancelled. */
    public void checkCancelled() throws BuiltinException {
        if (cancelled.getAsBoolean()) {
            throw new BuiltinException("eval_cancel_error", "caller cancelled query execution");
        }
    }

    /** A per-query cached value for {@code key}, computed once by {@code compute}. */
    @SuppressWarnings("unchecked")
    public <K, V> V cached(K key, Function<? super K, ? extends V> compute) {
        if (cache == null) {
            cache = new HashMap<>();
        }
        Object v = cache.get(key);
        if (v == null) {
            v = compute.apply(key);
            cache.put(key, v);
        }
        return (V) v;
    }
}
