package dev.gatehouse.it.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Several agents' sessions calling {@code echo} back to back, each call with a unique message,
 * remembering which calls returned a result; then, after the server went away, what the audit
 * log holds. Bounded: it stops at the first failure of each client or when told to.
 */
final class EchoLoad {
    private final Set<String> answered = ConcurrentHashMap.newKeySet();
    private final AtomicInteger cutOff = new AtomicInteger();
    private final AtomicBoolean stop = new AtomicBoolean();
    private final CountDownLatch done;

    private EchoLoad(int clients) {
        done = new CountDownLatch(clients);
    }

    /** Starts the clients against the backend's {@code echo} with the agent's key. */
    static EchoLoad start(AuditGatehouse gatehouse, String key, String backend, int clients) {
        EchoLoad load = new EchoLoad(clients);
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread.ofPlatform().name("echo-load-" + c).start(() -> {
                try {
                    AuditGatehouse.Session session = gatehouse.session(key);
                    for (int i = 0; i < 100_000 && !load.stop.get(); i++) {
                        String message = "load-" + run + "-" + client + "-" + i;
                        JsonNode response = session.callTool(backend + "__echo", Map.of("message", message));
                        if (response.path("result").path("content").toString().contains("Echo: " + message)) {
                            load.answered.add(message);
                        }
                    }
                } catch (Exception e) {
                    load.cutOff.incrementAndGet(); // the call in flight when the server went away
                } finally {
                    load.done.countDown();
                }
            });
        }
        return load;
    }

    /** Waits until at least {@code count} calls were answered, or the time is up. */
    void awaitAnswered(int count, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (answered.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    /** Tells the clients to stop after their current call and waits for them. */
    boolean finish(long seconds) throws InterruptedException {
        stop.set(true);
        return done.await(seconds, TimeUnit.SECONDS);
    }

    Set<String> answered() {
        return Set.copyOf(answered);
    }

    int cutOff() {
        return cutOff.get();
    }

    /** Every echo message in the agent's audit records, read page by page. */
    static Set<String> recordedMessages(AuditGatehouse gatehouse, String agent) throws Exception {
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
