package dev.gatehouse.audit;

import java.time.Instant;

/**
 * A page request over the audit log, newest first. Every filter is optional ({@code null});
 * text filters match exactly except {@code text}, a case-insensitive substring of the
 * arguments preview or the reasons.
 *
 * @param afterId where the previous page ended (decoded from the cursor), or {@code null}
 * @param from    inclusive lower bound of the event time
 * @param to      exclusive upper bound of the event time
 */
public record AuditQuery(String agent, String user, String backend, String tool, String decision, String action,
                         Instant from, Instant to, String text, int limit, String afterId) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidAuditQueryException("limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        if (decision != null && !(decision.equals("allow") || decision.equals("deny") || decision.equals("error"))) {
            throw new InvalidAuditQueryException("decision", "decision must be allow, deny or error");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidAuditQueryException("from", "from must be before to");
        }
        if (afterId != null && !AuditIds.isValid(afterId)) {
            throw new InvalidAuditQueryException("cursor", "not a cursor from this API");
        }
        text = text == null || text.isBlank() ? null : text;
    }

    /** The first page with no filter. */
    public static AuditQuery latest(int limit) {
        return new AuditQuery(null, null, null, null, null, null, null, null, null, limit, null);
    }
}
