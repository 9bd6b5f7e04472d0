package dev.gatehouse.audit;

import java.util.Objects;

/**
 * One stored audit record: the event and the time-ordered id the store knows it by
 * ({@link AuditIds}).
 */
public record AuditRecord(String id, AuditEvent event) {
    public AuditRecord {
        Objects.requireNonNull(id, "id is required");
        Objects.requireNonNull(event, "event is required");
    }
}
