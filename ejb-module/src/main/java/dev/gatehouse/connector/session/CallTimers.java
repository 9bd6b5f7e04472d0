package dev.gatehouse.connector.session;

import java.util.concurrent.ScheduledThreadPoolExecutor;

/**
 * The timer every pending call arms: one daemon thread, cancelled timers removed at once.
 * Timeouts only complete futures, so they need no container context; scheduling them on the
 * managed scheduler captured that context on every call, which the hot path cannot afford.
 */
final class CallTimers {
    static final ScheduledThreadPoolExecutor TIMERS = create();

    private CallTimers() {
    }

    private static ScheduledThreadPoolExecutor create() {
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1,
                Thread.ofPlatform().daemon().name("gatehouse-call-timer").factory());
        timers.setRemoveOnCancelPolicy(true);
        return timers;
    }
}
