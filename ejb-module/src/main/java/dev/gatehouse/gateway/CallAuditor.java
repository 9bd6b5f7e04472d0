package dev.gatehouse.gateway;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.audit.ArgumentRedactor;
import dev.gatehouse.audit.AuditEvent;
import dev.gatehouse.audit.AuditSink;
import dev.gatehouse.identity.Principal;
import dev.gatehouse.policy.Decision;
import dev.gatehouse.protocol.JsonRpcError;
import dev.gatehouse.protocol.JsonRpcResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The audit hook of the pipeline: turns a finished request and its {@link AuditTrail} into an
 * {@link AuditEvent} and hands it to the {@link AuditSink}. Every {@code tools/call} is
 * recorded (allowed, denied or failed); reads, prompt gets and completions only when denied;
 * lists when computing them withheld entries by policy (once per computed list).
 * The response waits for the sink's future: in strict mode that is durability, and a failed
 * future turns the response into an error (fail closed).
 */
final class CallAuditor {
    private static final Logger LOG = Logger.getLogger(CallAuditor.class.getName());
    /** The one redactor audit previews pass through (cap: {@code gatehouse.audit.preview-max-chars}). */
    private static final ArgumentRedactor REDACTOR = ArgumentRedactor.configured();

    private final AuditSink sink;

    CallAuditor(AuditSink sink) {
        this.sink = sink;
    }

    /** Whether a request of this method might be recorded (a trail is kept for it). */
    static boolean audits(String method) {
        return switch (method) {
            case "tools/call", "resources/read", "prompts/get", "completion/complete",
                 "tools/list", "resources/list", "resources/templates/list", "prompts/list" -> true;
            default -> false;
        };
    }

    /** Records the request if it must be, then completes with {@code response} (or an error when strict recording failed). */
    CompletableFuture<JsonRpcResponse> finish(AgentRequest request, AuditTrail trail, JsonRpcResponse response) {
        Decision decision = trail.decision();
        boolean denied = decision != null && !decision.allowed();
        if (!"tools/call".equals(request.method()) && !denied) {
            return CompletableFuture.completedFuture(response);
        }
        AuditEvent event = event(request, trail, response);
        CompletableFuture<Void> recorded;
        try {
            recorded = sink.record(event);
        } catch (RuntimeException e) {
            recorded = CompletableFuture.failedFuture(e);
        }
        return recorded.handle((ok, failure) -> {
            if (failure == null || response == null) {
                return response;
            }
            LOG.log(Level.WARNING, "a {0} could not be audited; the agent gets an error instead of the result",
                    request.method());
            return JsonRpcResponse.failure(request.message().id(),
                    JsonRpcError.of(JsonRpcError.INTERNAL_ERROR, "the call could not be recorded in the audit log"));
        });
    }

    private static AuditEvent event(AgentRequest request, AuditTrail trail, JsonRpcResponse response) {
        Principal who = request.session().principal();
        Decision decision = trail.decision();
        String error = response == null ? "cancelled by the agent"
                : response.isError() && !(decision != null && !decision.allowed()) ? response.error().message() : null;
        String wire = decision != null ? decision.wire() : error != null ? "error" : "allow";
        List<String> reasons = decision != null ? decision.reasons() : List.of();
        if (decision instanceof Decision.Error failed) {
            error = failed.reason();
        }
        return new AuditEvent(trail.arrived(), who.agent(), who.user(), trail.backend(), trail.target(),
                request.method(), wire, reasons, preview(trail.arguments()), trail.elapsedMillis(),
                request.session().version().wire(), request.session().id(),
                decision == null ? List.of() : decision.policyVersions(), error);
    }

    /** The arguments preview: the one place arguments become audit text, redacted and truncated. */
    static String preview(JsonNode arguments) {
        return REDACTOR.preview(arguments);
    }
}
