package dev.gatehouse.gateway.session;

import dev.gatehouse.protocol.JsonRpcMessage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The last messages meant for a session's GET stream, with their event ids, so that an agent
 * that lost the stream can resume it with {@code Last-Event-ID} and receive what it missed,
 * including what was sent while no stream was open. Keeps at most {@link #CAPACITY} messages;
 * older ones are dropped. Not thread-safe: the session guards it.
 */
final class StreamBacklog {
    static final int CAPACITY = 256;

    record Event(long id, JsonRpcMessage message) {
    }

    private final Deque<Event> events = new ArrayDeque<>();

    void add(long id, JsonRpcMessage message) {
        if (events.size() == CAPACITY) {
            events.removeFirst();
        }
        events.addLast(new Event(id, message));
    }

    /**
     * What follows event {@code lastId}: the later events when {@code lastId} was a GET-stream
     * event still held or older than every event held (then some may be lost: all held ones);
     * nothing when it names no event of this stream (an id of a POST's stream, say).
     */
    List<Event> after(long lastId) {
        if (events.isEmpty()) {
            return List.of();
        }
        boolean known = lastId < events.getFirst().id() || events.stream().anyMatch(e -> e.id() == lastId);
        if (!known) {
            return List.of();
        }
        List<Event> later = new ArrayList<>();
        for (Event event : events) {
            if (event.id() > lastId) {
                later.add(event);
            }
        }
        return later;
    }
}
