package dev.gatehouse.connector.session;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.connector.RelayChannel;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One request Gatehouse sent to a backend and is waiting for: its backend-side id, the
 * agent's channel and progress token, and a timeout that progress re-arms.
 */
final class PendingCall {
    final long id;
    final String method;
    final RelayChannel channel;
    /** Whether an agent stands behind the call (its channel can answer server requests). */
    final boolean agentFacing;
    /** The agent's own progress token, or {@code null}. */
    final JsonNode agentToken;
    /** The token the backend saw instead, or {@code null}. */
    final String backendToken;
    final CompletableFuture<JsonNode> future = new CompletableFuture<>();
    private final Duration timeout;
    private ScheduledFuture<?> timer;

    PendingCall(long id, String method, RelayChannel channel, boolean agentFacing, JsonNode agentToken,
                String backendToken, Duration timeout) {
        this.id = id;
        this.method = method;
        this.channel = channel;
        this.agentFacing = agentFacing;
        this.agentToken = agentToken;
        this.backendToken = backendToken;
        this.timeout = timeout;
    }

    Duration timeout() {
        return timeout;
    }

    /** (Re)starts the timeout; {@code onTimeout} runs if nothing re-arms or completes the call in time. */
    synchronized void arm(ScheduledExecutorService scheduler, Runnable onTimeout) {
        if (timer != null) {
            timer.cancel(false);
        }
        if (!future.isDone()) {
            timer = scheduler.schedule(onTimeout, timeout.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    synchronized void disarm() {
        if (timer != null) {
            timer.cancel(false);
            timer = null;
        }
    }
}
