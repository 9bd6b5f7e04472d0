package dev.gatehouse.web.admin;

import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditRecord;
import java.util.List;

/**
 * One audit record as the admin API shows it (DESIGN §3's audit record).
 *
 * @param id               time-ordered record id
 * @param time             when the request arrived (ISO-8601, UTC)
 * @param argumentsPreview the redacted, truncated arguments as JSON text (or cut text ending in a truncation marker)
 */
public record AuditRecordDetails(String id, String time, String agent, String user, String backend, String tool,
                                 String action, String decision, List<String> reasons, String argumentsPreview,
                                 long durationMs, String protocol, String sessionId, List<String> policyVersions,
                                 String error) {

    static AuditRecordDetails of(AuditRecord record) {
        AuditEvent e = record.event();
        return new AuditRecordDetails(record.id(), e.time().toString(), e.agent(), e.user(), e.backend(), e.tool(),
                e.action(), e.decision(), e.reasons(), e.argumentsPreview(), e.durationMs(), e.protocol(),
                e.sessionId(), e.policyVersions(), e.error());
    }
}
