package dev.gatehouse.connector.transport;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a {@code text/event-stream} body one event at a time, following the WHATWG rules:
 * {@code field: value} lines, comments starting with {@code :}, a blank line dispatches,
 * events without data are skipped.
 */
public final class SseReader implements AutoCloseable {
    private final BufferedReader lines;
    private String lastId;

    public SseReader(InputStream body) {
        this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
    }

    /** The next event, or empty at the end of the stream. */
    public Optional<SseEvent> next() throws IOException {
        String event = null;
        StringBuilder data = null;
        String line;
        while ((line = lines.readLine()) != null) {
            if (line.isEmpty()) {
                if (data != null) {
                    return Optional.of(new SseEvent(event, data.toString(), lastId));
                }
                event = null;
                continue;
            }
            if (line.startsWith(":")) {
                continue;
            }
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) {
                value = value.substring(1);
            }
            switch (field) {
                case "event" -> event = value;
                case "data" -> data = data == null ? new StringBuilder(value) : data.append('\n').append(value);
                case "id" -> lastId = value;
                default -> { /* retry and unknown fields are ignored */ }
            }
        }
        return data == null ? Optional.empty() : Optional.of(new SseEvent(event, data.toString(), lastId));
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
