package dev.gatehouse.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One audited request, as the pipeline hands it over (DESIGN §3's audit record without the
 * id, which the store assigns). Arguments arrive as a preview already redacted and truncated
 * by {@code ArgumentRedactor}; nothing here may hold a secret.
 *
 * @param time            when the request arrived
 * @param agent           the agent's name, or {@code null}
 * @param user            the user, or {@code null}
 * @param backend         the backend addressed, or {@code null} (an unknown tool)
 * @param tool            the tool, prompt or resource addressed (the backend's own name), or {@code null}
 * @param action          the MCP method: {@code tools/call}, {@code resources/read}, ...
 * @param decision        {@code allow}, {@code deny} or {@code error}
 * @param reasons         why it was denied or failed; empty when allowed
 * @param argumentsPreview the redacted, truncated arguments as JSON text, or {@code null}
 * @param durationMs      from arrival to response
 * @param protocol        the agent's protocol revision
 * @param sessionId       the agent session, or {@code null}
 * @param policyVersions  the policy versions that decided ({@code name@version})
 * @param error           the error returned to the agent, or {@code null}
 */
public record AuditEvent(Instant time, String agent, String user, String backend, String tool, String action,
                         String decision, List<String> reasons, String argumentsPreview, long durationMs,
                         String protocol, String sessionId, List<String> policyVersions, String error) {
    public AuditEvent {
        Objects.requireNonNull(time, "time is required");
        Objects.requireNonNull(action, "action is required");
        if (!("allow".equals(decision) || "deny".equals(decision) || "error".equals(decision))) {
            throw new IllegalArgumentException("decision must be allow, deny or error");
        }
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        policyVersions = policyVersions == null ? List.of() : List.copyOf(policyVersions);
    }
}
