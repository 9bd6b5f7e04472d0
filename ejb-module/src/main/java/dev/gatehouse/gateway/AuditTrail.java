package dev.gatehouse.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.policy.Decision;
import java.time.Instant;

/**
 * What the pipeline learned about one request while handling it, for its audit record: when
 * it arrived, what it addressed, what was decided. Written by the request's own thread (and
 * read once when the response is ready), so it needs no locking beyond the volatile fields.
 */
final class AuditTrail {
    private final Instant arrived = Instant.now();
    private final long startNanos = System.nanoTime();
    private volatile String backend;
    private volatile String target;
    private volatile JsonNode arguments;
    private volatile Decision decision;

    Instant arrived() {
        return arrived;
    }

    long elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    void addressed(String backendName, String targetName, JsonNode args) {
        this.backend = backendName;
        this.target = targetName;
        this.arguments = args;
    }

    void decided(Decision outcome) {
        this.decision = outcome;
    }

    String backend() {
        return backend;
    }

    String target() {
        return target;
    }

    JsonNode arguments() {
        return arguments;
    }

    /** The policy decision, or {@code null} when the request failed before one was made. */
    Decision decision() {
        return decision;
    }
}
