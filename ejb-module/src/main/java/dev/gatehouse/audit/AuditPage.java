package dev.gatehouse.audit;

import java.util.List;

/**
 * One page of audit records, newest first.
 *
 * @param records    at most the requested limit
 * @param nextCursor the cursor for the next page, or {@code null} when this is the last one
 */
public record AuditPage(List<AuditRecord> records, String nextCursor) {
    public AuditPage {
        records = List.copyOf(records);
    }
}
