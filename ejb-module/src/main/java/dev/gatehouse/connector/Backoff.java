package dev.gatehouse.connector;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Retry delays for one backend: the initial delay doubling up to a cap, each with up to 20%
 * random jitter either way so that many backends failing together do not retry in step.
 * Not thread-safe; its owner synchronises.
 */
final class Backoff {
    private final Duration initial;
    private final Duration max;
    private Duration current;

    Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
        this.current = initial;
    }

    /** The delay before the next attempt; the one after that is twice as long, up to the cap. */
    Duration next() {
        Duration base = current;
        current = current.multipliedBy(2).compareTo(max) > 0 ? max : current.multipliedBy(2);
        long millis = base.toMillis();
        long jitter = millis / 5;
        long delay = jitter == 0 ? millis : millis + ThreadLocalRandom.current().nextLong(-jitter, jitter + 1);
        return Duration.ofMillis(Math.max(1, Math.min(delay, max.toMillis())));
    }

    /** Back to the initial delay (after a stable connection, or a new spec). */
    void reset() {
        current = initial;
    }
}
