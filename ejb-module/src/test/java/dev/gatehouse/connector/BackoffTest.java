package dev.gatehouse.connector;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void doublesWithJitterUpToTheCapAndResets() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60));
        long[] expected = {1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000};
        for (long base : expected) {
            assertThat(backoff.next().toMillis()).isBetween(base - base / 5, Math.min(60000, base + base / 5));
        }
        backoff.reset();
        assertThat(backoff.next().toMillis()).isBetween(800L, 1200L);
    }
}
