package dev.gatehouse.connector;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls a condition that becomes true asynchronously; fails the test with a message if it never does. */
final class Eventually {
    private Eventually() {
    }

    static void holds(String what, Duration within, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(20);
        }
    }

    static final ConnectorSettings FAST = new ConnectorSettings(Duration.ofSeconds(15), Duration.ofSeconds(15),
            Duration.ofMillis(100), Duration.ofSeconds(1), Duration.ofSeconds(60), Duration.ofMillis(300));
}
