package dev.gatehouse.it.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Strict durability survives SIGKILL: a second Gatehouse in strict mode serves several
 * concurrent agents calling {@code echo}; the JVM is killed with {@code kill -9} mid-load;
 * after a restart on the same database every call that had returned a result to its client
 * has its audit record (found by the call's unique message).
 */
class StrictDurabilityIT {
    private static final int CLIENTS = 6;
    private static final String BACKEND = "strict-everything";

    @Test
    void everyAnsweredCallIsInTheAuditLogAfterSigkill() throws Exception {
        try (StrictServer server = StrictServer.create()) {
            server.start();
            AuditGatehouse gatehouse = server.gatehouse();
            gatehouse.registerEverything(BACKEND);
            String agent = AuditGatehouse.unique("strict-bot");
            String key = gatehouse.agentKey(agent, "strict-user", List.of(BACKEND));
            String run = UUID.randomUUID().toString().substring(0, 8);

            Set<String> answered = ConcurrentHashMap.newKeySet();
            AtomicInteger cutOff = new AtomicInteger();
            AtomicBoolean killed = new AtomicBoolean();
            CountDownLatch done = new CountDownLatch(CLIENTS);
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(Thread.ofPlatform().name("strict-client-" + c).start(() -> {
                    try {
                        AuditGatehouse.Session session = gatehouse.session(key);
                        for (int i = 0; i < 100_000 && !killed.get(); i++) {
                            String message = "strict-" + run + "-" + client + "-" + i;
                            JsonNode response = session.callTool(BACKEND + "__echo", Map.of("message", message));
                            if (response.path("result").path("content").toString().contains("Echo: " + message)) {
                                answered.add(message);
                            }
                        }
                    } catch (Exception e) {
                        cutOff.incrementAndGet(); // the call in flight when the server died
                    } finally {
                        done.countDown();
                    }
                }));
            }
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (answered.size() < 300 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            server.kill9(); // while every client has a call in flight
            killed.set(true);
            assertThat(done.await(40, TimeUnit.SECONDS)).as("clients finished after the kill").isTrue();
            int acknowledged = answered.size();
            assertThat(acknowledged).as("calls answered before the kill").isGreaterThan(20);
            assertThat(cutOff.get()).as("clients whose call the kill cut off").isPositive();

            server.start();
            Set<String> recorded = recordedMessages(server.gatehouse(), agent);

            Set<String> missing = new HashSet<>(answered);
            missing.removeAll(recorded);
            System.out.printf("strict SIGKILL: %d calls answered before the kill, %d records after restart,"
                    + " %d clients cut off by the kill, %d answered calls missing%n",
                    acknowledged, recorded.size(), cutOff.get(), missing.size());
            assertThat(missing).as("answered calls without an audit record").isEmpty();
        }
    }

    /** Every echo message in the agent's audit records, read page by page. */
    private static Set<String> recordedMessages(AuditGatehouse gatehouse, String agent) throws Exception {
        Set<String> messages = new HashSet<>();
        String cursor = null;
        do {
            JsonNode page = gatehouse.audit("agent=" + agent + "&limit=500" + (cursor == null ? "" : "&cursor=" + cursor));
            for (JsonNode record : page.path("records")) {
                messages.add(AuditGatehouse.JSON.readTree(record.path("argumentsPreview").asText()).path("message").asText());
            }
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null);
        return messages;
    }
}
