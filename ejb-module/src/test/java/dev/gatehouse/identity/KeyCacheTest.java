package dev.gatehouse.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeyCacheTest {
    private final AgentSpec agent = new AgentSpec("bot", "", "alice", null, true, 0);
    private final KeyHolder holder = new KeyHolder("k1", new byte[32], null, agent);

    @Test
    void loadsOncePerTtlAndRebuildsNoPrincipalOnAHit() {
        KeyCache cache = new KeyCache(Duration.ofMinutes(1));
        AtomicInteger loads = new AtomicInteger();

        KeyCache.Entry first = cache.get("k1", id -> { loads.incrementAndGet(); return holder; });
        KeyCache.Entry second = cache.get("k1", id -> { loads.incrementAndGet(); return holder; });

        assertThat(loads).hasValue(1);
        assertThat(second.principal()).isSameAs(first.principal());
        assertThat(first.principal().agent()).isEqualTo("bot");
    }

    @Test
    void reloadsAfterTheTtlOrAClear() {
        KeyCache expiring = new KeyCache(Duration.ZERO);
        AtomicInteger loads = new AtomicInteger();
        expiring.get("k1", id -> { loads.incrementAndGet(); return holder; });
        expiring.get("k1", id -> { loads.incrementAndGet(); return null; });
        assertThat(loads).hasValue(2);

        KeyCache cleared = new KeyCache(Duration.ofMinutes(1));
        cleared.get("k1", id -> holder);
        cleared.clear();
        assertThat(cleared.get("k1", id -> null).holder()).as("a revoked key is gone after a clear").isNull();
    }

    @Test
    void collectsLastUseUntilDrained() {
        KeyCache cache = new KeyCache(Duration.ofMinutes(1));
        LocalDateTime t1 = LocalDateTime.of(2026, 11, 24, 10, 0);
        cache.used("k1", t1);
        cache.used("k1", t1.plusSeconds(5));
        cache.used("k2", t1);

        assertThat(cache.drainUse()).containsEntry("k1", t1.plusSeconds(5)).containsEntry("k2", t1).hasSize(2);
        assertThat(cache.drainUse()).isEmpty();
    }

    @Test
    void aKeyExpiresAtItsExpiryInstant() {
        LocalDateTime at = LocalDateTime.of(2026, 11, 24, 10, 0);
        KeyHolder expiring = new KeyHolder("k1", new byte[32], at, agent);

        assertThat(expiring.expiredAt(at.minusNanos(1))).isFalse();
        assertThat(expiring.expiredAt(at)).isTrue();
        assertThat(holder.expiredAt(at.plusYears(100))).as("no expiry").isFalse();
    }
}
