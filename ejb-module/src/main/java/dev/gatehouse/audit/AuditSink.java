package dev.gatehouse.audit;

import java.util.concurrent.CompletableFuture;

/**
 * Where the pipeline hands audit events. The recorder implements it (as an EJB local view,
 * so {@code @Inject AuditSink} works).
 */
public interface AuditSink {
    /**
     * Accepts one event. The future completes when the pipeline may answer the agent: at once
     * in the default mode (the event is queued for the next batch), only once the event is
     * durable in strict mode ({@code gatehouse.audit.durability=strict}), and exceptionally
     * when strict mode cannot store it (the call then fails closed).
     */
    CompletableFuture<Void> record(AuditEvent event);
}
