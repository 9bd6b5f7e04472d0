package dev.gatehouse.connector.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SseReaderTest {
    private static List<SseEvent> read(String stream) throws Exception {
        List<SseEvent> events = new ArrayList<>();
        try (SseReader reader = new SseReader(new ByteArrayInputStream(stream.getBytes(StandardCharsets.UTF_8)))) {
            for (Optional<SseEvent> e = reader.next(); e.isPresent(); e = reader.next()) {
                events.add(e.get());
            }
        }
        return events;
    }

    @Test
    void readsNamedAndUnnamedEventsWithIds() throws Exception {
        assertThat(read("event: endpoint\ndata: /message?sessionId=1\n\n: a comment\nid: 7\ndata: {\"a\":1}\n\n"))
                .containsExactly(new SseEvent("endpoint", "/message?sessionId=1", null), new SseEvent("message", "{\"a\":1}", "7"));
    }

    @Test
    void joinsMultiLineDataAndSkipsEventsWithoutData() throws Exception {
        assertThat(read("event: ping\n\ndata:first\ndata: second\n\n"))
                .containsExactly(new SseEvent("message", "first\nsecond", null));
    }

    @Test
    void dispatchesATrailingEventAtEndOfStream() throws Exception {
        assertThat(read("data: last")).containsExactly(new SseEvent("message", "last", null));
    }
}
