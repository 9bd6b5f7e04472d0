package dev.gatehouse.it.console;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.it.audit.AuditGatehouse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Real audited calls for the console's audit and overview tests: a server-everything backend,
 * an agent with a key and an MCP session, and a policy that denies that agent's echo of a
 * message containing "forbidden" (it matches no other agent). {@link #close()} deletes all three.
 */
final class AuditedCalls implements AutoCloseable {
    static final String DENY_REASON = "the console test forbids this word";

    final AuditGatehouse gatehouse = AuditGatehouse.shared();
    final String backend;
    final String agent;
    final String user;
    final String policy;
    final AuditGatehouse.Session session;

    AuditedCalls(String prefix) throws Exception {
        backend = prefix + "-everything";
        agent = AuditGatehouse.unique(prefix + "-bot");
        user = AuditGatehouse.unique(prefix + "-user");
        policy = AuditGatehouse.unique(prefix);
        gatehouse.registerEverything(backend);
        String key = gatehouse.agentKey(agent, user, List.of(backend));
        gatehouse.adminJson("POST", "/policies", Map.of("name", policy, "enabled", true, "source", """
                package gatehouse.%s

                default allow := true

                deny contains "%s" if {
                    input.principal.agent == "%s"
                    contains(input.arguments.message, "forbidden")
                }
                """.formatted(policy.replace('-', '_'), DENY_REASON, agent)));
        session = gatehouse.session(key);
    }

    /** Calls echo with the message through {@code /mcp} and waits until its record is in the log; returns the record. */
    JsonNode echo(String message) throws Exception {
        session.callTool(backend + "__echo", Map.of("message", message));
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (System.nanoTime() < deadline) {
            JsonNode records = gatehouse.audit("agent=" + agent + "&q=" + URLEncoder.encode(message, StandardCharsets.UTF_8))
                    .path("records");
            if (!records.isEmpty()) {
                return records.get(0);
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the call with " + message + " is not in the audit log after 15 s");
    }

    static String marker(String prefix) {
        return AuditGatehouse.unique(prefix) + "-" + Instant.now().getEpochSecond();
    }

    @Override
    public void close() throws Exception {
        gatehouse.admin("DELETE", "/policies/" + policy, null);
        gatehouse.admin("DELETE", "/agents/" + agent, null);
        gatehouse.admin("DELETE", "/backends/" + backend, null);
    }
}
