package dev.gatehouse.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The audit log on the shared server: every decision type is recorded with every field,
 * secrets in arguments are masked, and the query API filters and pages.
 */
class AuditTrailIT {
    private static final String BACKEND = "audit-everything";
    private static AuditGatehouse gatehouse;
    private static String agent;
    private static String user;
    private static String policy;
    private static AuditGatehouse.Session session;
    private static final Instant STARTED = Instant.now().minusSeconds(1);

    @BeforeAll
    static void setUp() throws Exception {
        gatehouse = AuditGatehouse.shared();
        gatehouse.registerEverything(BACKEND);
        agent = AuditGatehouse.unique("audit-bot");
        user = AuditGatehouse.unique("auditor");
        policy = AuditGatehouse.unique("audit-it");
        String key = gatehouse.agentKey(agent, user, List.of(BACKEND));
        gatehouse.adminJson("POST", "/policies", Map.of("name", policy, "enabled", true, "source", """
                package gatehouse.%s

                default allow := true

                deny contains "echo of a forbidden word" if {
                    input.principal.agent == "%s"
                    input.tool.name == "echo"
                    contains(input.arguments.message, "forbidden")
                }

                mode := "x" if input.arguments.message == "boom"
                mode := "y" if input.arguments.message == "boom"

                deny contains "never" if {
                    input.principal.agent == "%s"
                    mode == "z"
                }
                """.formatted(policy.replace('-', '_'), agent, agent)));
        session = gatehouse.session(key);
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (gatehouse != null) {
            gatehouse.admin("DELETE", "/policies/" + policy, null);
        }
    }

    private static String echo(String message) throws Exception {
        return echo(Map.of("message", message));
    }

    private static String echo(Map<String, ?> arguments) throws Exception {
        return session.callTool(BACKEND + "__echo", arguments).toString();
    }

    /** The newest records of this test's agent matching the extra filter, waiting for the batch to land. */
    private static List<JsonNode> records(String filter, int atLeast) throws Exception {
        return eventually(() -> {
            List<JsonNode> records = new ArrayList<>();
            gatehouse.audit("agent=" + agent + (filter.isEmpty() ? "" : "&" + filter) + "&limit=500")
                    .path("records").forEach(records::add);
            return records.size() >= atLeast ? records : null;
        });
    }

    private static <T> T eventually(Callable<T> probe) throws Exception {
        long deadline = System.nanoTime() + 15_000_000_000L;
        T value = probe.call();
        while (value == null && System.nanoTime() < deadline) {
            Thread.sleep(100);
            value = probe.call();
        }
        assertThat(value).as("not seen in the audit log within 15 s").isNotNull();
        return value;
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void recordsAnAllowedCallWithEveryField() throws Exception {
        String marker = AuditGatehouse.unique("allowed");
        assertThat(echo(marker)).contains("Echo: " + marker);

        JsonNode record = records(q(marker), 1).getFirst();

        assertThat(record.path("id").asText()).hasSize(26);
        assertThat(Instant.parse(record.path("time").asText())).isAfter(STARTED).isBefore(Instant.now().plusSeconds(1));
        assertThat(record.path("agent").asText()).isEqualTo(agent);
        assertThat(record.path("user").asText()).isEqualTo(user);
        assertThat(record.path("backend").asText()).isEqualTo(BACKEND);
        assertThat(record.path("tool").asText()).isEqualTo("echo");
        assertThat(record.path("action").asText()).isEqualTo("tools/call");
        assertThat(record.path("decision").asText()).isEqualTo("allow");
        assertThat(record.path("reasons")).isEmpty();
        assertThat(record.path("argumentsPreview").asText()).isEqualTo("{\"message\":\"" + marker + "\"}");
        assertThat(record.path("durationMs").asLong()).isNotNegative();
        assertThat(record.path("protocol").asText()).isEqualTo(AuditGatehouse.PROTOCOL);
        assertThat(record.path("sessionId").asText()).isEqualTo(session.id);
        assertThat(record.path("policyVersions").toString()).contains(policy + "@");
        assertThat(record.path("error").isNull()).isTrue();
        assertThat(gatehouse.adminJson("GET", "/audit/" + record.path("id").asText(), null)).isEqualTo(record);
    }

    @Test
    void recordsADeniedCallWithItsReasons() throws Exception {
        String marker = AuditGatehouse.unique("forbidden");
        assertThat(echo(marker)).contains("echo of a forbidden word").doesNotContain("Echo: ");

        JsonNode record = records(q(marker), 1).getFirst();

        assertThat(record.path("decision").asText()).isEqualTo("deny");
        assertThat(record.path("reasons").toString()).contains("echo of a forbidden word");
        assertThat(record.path("policyVersions").toString()).contains(policy + "@");
        assertThat(record.path("tool").asText()).isEqualTo("echo");
        assertThat(record.path("backend").asText()).isEqualTo(BACKEND);
        assertThat(record.path("user").asText()).isEqualTo(user);
    }

    @Test
    void recordsAPolicyErrorAsAnErrorDecision() throws Exception {
        JsonNode response = session.callTool(BACKEND + "__echo", Map.of("message", "boom"));
        assertThat(response.has("error")).as(response.toString()).isTrue();

        JsonNode record = records("decision=error&" + q("boom"), 1).getFirst();

        assertThat(record.path("decision").asText()).isEqualTo("error");
        assertThat(record.path("reasons")).isNotEmpty();
        assertThat(record.path("error").asText()).isNotBlank();
        assertThat(record.path("argumentsPreview").asText()).isEqualTo("{\"message\":\"boom\"}");
    }

    @Test
    void recordsAFailedCallWithTheError() throws Exception {
        String marker = AuditGatehouse.unique("unknown-tool");
        JsonNode response = session.callTool(BACKEND + "__no_such_tool", Map.of("message", marker));
        assertThat(response.has("error") || response.path("result").path("isError").asBoolean()).isTrue();

        JsonNode record = records(q(marker), 1).getFirst();

        assertThat(record.path("decision").asText()).isIn("error", "deny");
        assertThat(record.path("action").asText()).isEqualTo("tools/call");
        assertThat(record.path("error").asText() + record.path("reasons")).isNotBlank();
    }

    @Test
    void masksSecretsInTheArgumentsPreview() throws Exception {
        String marker = AuditGatehouse.unique("masked");
        Map<String, Object> arguments = new LinkedHashMap<>();
        arguments.put("message", "hi " + marker);
        arguments.put("password", "hunter2");
        arguments.put("token", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlLXZhbHVlLWhlcmU");
        echo(arguments);

        JsonNode record = records(q(marker), 1).getFirst();

        String preview = record.path("argumentsPreview").asText();
        assertThat(preview).doesNotContain("hunter2", "eyJhbGciOiJIUzI1NiJ9")
                .contains("\"password\":\"[redacted]\"", "\"token\":\"[redacted]\"", marker);
        assertThat(gatehouse.audit(q("hunter2")).path("records")).isEmpty();
    }

    @Test
    void filtersByEveryFieldAndFreeText() throws Exception {
        String marker = AuditGatehouse.unique("filters");
        echo(marker + "-a");
        echo(marker + "-forbidden");
        records(q(marker), 2);

        assertThat(gatehouse.audit("agent=" + agent + "&decision=deny&" + q(marker)).path("records"))
                .hasSize(1).allSatisfy(r -> assertThat(r.path("argumentsPreview").asText()).contains("-forbidden"));
        assertThat(gatehouse.audit("user=" + user + "&" + q(marker.toUpperCase())).path("records")).hasSize(2);
        assertThat(gatehouse.audit("backend=" + BACKEND + "&tool=echo&" + q(marker)).path("records")).hasSize(2);
        assertThat(gatehouse.audit("tool=add&" + q(marker)).path("records")).isEmpty();
        assertThat(gatehouse.audit("action=tools/call&" + q(marker)).path("records")).hasSize(2);
        assertThat(gatehouse.audit("agent=nobody-" + marker).path("records")).isEmpty();
        assertThat(gatehouse.audit(q("echo of a forbidden word") + "&agent=" + agent).path("records")).isNotEmpty();
        String future = Instant.now().plusSeconds(3600).toString();
        assertThat(gatehouse.audit("from=" + future + "&" + q(marker)).path("records")).isEmpty();
        assertThat(gatehouse.audit("from=" + STARTED + "&to=" + future + "&" + q(marker)).path("records")).hasSize(2);
    }

    @Test
    void pagesNewestFirstWithACursor() throws Exception {
        String marker = AuditGatehouse.unique("paging");
        for (int i = 0; i < 7; i++) {
            echo(marker + "-" + i);
        }
        records(q(marker), 7);

        List<String> messages = new ArrayList<>();
        String cursor = "";
        int pages = 0;
        do {
            JsonNode page = gatehouse.audit(q(marker) + "&limit=3" + (cursor.isEmpty() ? "" : "&cursor=" + cursor));
            page.path("records").forEach(r -> messages.add(r.path("argumentsPreview").asText()));
            cursor = page.path("nextCursor").isNull() ? "" : page.path("nextCursor").asText();
            pages++;
        } while (!cursor.isEmpty());

        assertThat(pages).isEqualTo(3);
        assertThat(messages).hasSize(7);
        assertThat(messages.getFirst()).contains(marker + "-6");
        assertThat(messages.getLast()).contains(marker + "-0");
    }

    @Test
    void rejectsABadCursorLimitOrTimeWithAProblem() throws Exception {
        for (String query : List.of("cursor=not-a-cursor", "limit=501", "limit=0", "limit=ten", "from=yesterday",
                "decision=maybe")) {
            var response = gatehouse.admin("GET", "/audit?" + query, null);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(AuditGatehouse.JSON.readTree(response.body()).path("errors").get(0).path("field").asText())
                    .isEqualTo(query.substring(0, query.indexOf('=')));
        }
        assertThat(gatehouse.admin("GET", "/audit/01ARZ3NDEKTSV4RRFFQ69G5FAV", null).statusCode()).isEqualTo(404);
    }

    @Test
    void reportsTheWriterInTheReadinessCheck() throws Exception {
        String marker = AuditGatehouse.unique("health");
        echo(marker);
        records(q(marker), 1);

        JsonNode health = AuditGatehouse.JSON.readTree(
                dev.gatehouse.it.Gatehouse.sendAnonymously("GET", "/health/ready", null).body());
        List<JsonNode> checks = new ArrayList<>();
        health.path("checks").forEach(check -> {
            if (check.path("name").asText().equals("audit")) {
                checks.add(check);
            }
        });
        assertThat(checks).as("one audit check, not one per web module").hasSize(1);
        JsonNode audit = checks.getFirst();

        assertThat(audit.path("status").asText()).isEqualTo("UP");
        assertThat(audit.path("data").path("durability").asText()).isEqualTo("batched");
        assertThat(audit.path("data").path("written").asLong()).isPositive();
        assertThat(audit.path("data").path("batches").asLong()).isPositive();
        assertThat(audit.path("data").path("storeAvailable").asBoolean()).isTrue();
        assertThat(audit.path("data").has("paced")).isTrue();
    }

    @Test
    void requiresTheAdministrator() throws Exception {
        var anonymous = dev.gatehouse.it.Gatehouse.sendAnonymously("GET", "/api/v1/audit", null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }
}
