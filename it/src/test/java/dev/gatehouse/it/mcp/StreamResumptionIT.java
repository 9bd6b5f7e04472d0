package dev.gatehouse.it.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gatehouse.it.Gatehouse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An agent that lost its GET stream resumes it with {@code Last-Event-ID} and receives what was
 * sent meanwhile; a new stream without the header starts empty.
 */
class StreamResumptionIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String VERSION = "2025-11-25";

    /** One SSE event as received. */
    private record Event(long id, String method) {
    }

    /** A GET stream read on a thread of its own into a queue of events. */
    private static final class Events implements AutoCloseable {
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        private final InputStream body;

        Events(String session, Long lastEventId) throws Exception {
            var request = RawMcp.inSession(RawMcp.request(), session, VERSION).header("Accept", "text/event-stream")
                    .timeout(Duration.ofMinutes(5)).GET();
            if (lastEventId != null) {
                request.header("Last-Event-ID", Long.toString(lastEventId));
            }
            HttpResponse<InputStream> response = Gatehouse.HTTP.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            assertThat(response.statusCode()).isEqualTo(200);
            body = response.body();
            Thread.ofVirtual().start(this::read);
        }

        private void read() {
            long[] id = {-1};
            try (var reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                reader.lines().forEach(line -> {
                    if (line.startsWith("id: ")) {
                        id[0] = Long.parseLong(line.substring(4).strip());
                    } else if (line.startsWith("data: ")) {
                        try {
                            events.add(new Event(id[0], JSON.readTree(line.substring(6)).path("method").asText()));
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    }
                });
            } catch (IOException | RuntimeException e) {
                // the stream was closed
            }
        }

        /** Every event that arrives until none has come for {@code quiet}. */
        List<Event> drain(Duration quiet) throws InterruptedException {
            List<Event> got = new ArrayList<>();
            Event next;
            while ((next = events.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                got.add(next);
            }
            return got;
        }

        @Override
        public void close() throws IOException {
            body.close(); // cancels the exchange: the server sees the agent go
        }
    }

    private static void awaitState(String backend, String state) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (Instant.now().isBefore(deadline)) {
            var response = Gatehouse.get("/api/v1/backends/" + backend);
            String now = response.statusCode() == 404 ? "GONE" : JSON.readTree(response.body()).path("status").path("state").asText();
            if (now.equals(state)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError(backend + " did not become " + state);
    }

    @Test
    void aResumedStreamReceivesTheListChangesSentWhileItWasGone() throws Exception {
        String session = RawMcp.initialize(VERSION);
        String backend = "resume-" + UUID.randomUUID().toString().substring(0, 6);
        long lastSeen;
        try (Events first = new Events(session, null)) {
            var created = Gatehouse.send("POST", "/api/v1/backends", JSON.writeValueAsString(Map.of("name", backend,
                    "transport", "stdio", "command", "node", "args", List.of(Gatehouse.serverEverything().toString()))));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            awaitState(backend, "READY");
            List<Event> seen = first.drain(Duration.ofMillis(1500));
            assertThat(seen).extracting(Event::method).contains("notifications/tools/list_changed");
            lastSeen = seen.getLast().id();
        }

        // while no stream is open, the backend goes away: its tools leave the aggregate
        assertThat(Gatehouse.send("DELETE", "/api/v1/backends/" + backend, null).statusCode()).isEqualTo(204);
        Thread.sleep(1000);

        try (Events fresh = new Events(session, null)) {
            assertThat(fresh.drain(Duration.ofMillis(1000))).as("a new stream without Last-Event-ID").isEmpty();
        }
        try (Events resumed = new Events(session, lastSeen)) {
            List<Event> missed = resumed.drain(Duration.ofMillis(1500));
            assertThat(missed).extracting(Event::method).contains("notifications/tools/list_changed");
            assertThat(missed).allMatch(e -> e.id() > lastSeen);
        }
    }
}
