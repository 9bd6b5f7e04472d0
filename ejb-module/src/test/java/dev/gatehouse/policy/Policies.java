package dev.gatehouse.policy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gatehouse.identity.Principal;
import java.time.Instant;
import java.util.Set;

/** Inputs and policies shared by the policy tests. */
final class Policies {
    static final String DENY_SECRET_ECHO = """
            package gatehouse.echo
            import rego.v1
            deny contains msg if {
                input.tool.name == "echo"
                contains(input.arguments.message, "secret")
                msg := "echo must not carry secrets"
            }
            """;
    static final String ONLY_SUPPORT = """
            package gatehouse.groups
            import rego.v1
            default allow := false
            allow if "support" in input.principal.groups
            """;

    private Policies() {
    }

    static PolicyInput echo(String message, Set<String> groups) {
        ObjectNode args = JsonNodeFactory.instance.objectNode().put("message", message);
        Principal who = new Principal(Principal.Kind.AGENT, "bot", "alice", Set.of(), groups, null, Set.of("everything"));
        return new PolicyInput("tools/call", who, new PolicyInput.BackendRef("everything", "stdio"),
                new PolicyInput.Tool("echo", "everything__echo", null), args, Instant.parse("2026-11-24T10:00:00Z"),
                "2025-06-18");
    }
}
