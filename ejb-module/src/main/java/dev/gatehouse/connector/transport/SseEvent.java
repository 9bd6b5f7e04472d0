package dev.gatehouse.connector.transport;

/**
 * One server-sent event.
 *
 * @param event the event type ({@code message} when the stream named none)
 * @param data  the data lines joined with {@code \n}
 * @param id    the last event id seen, or {@code null}
 */
public record SseEvent(String event, String data, String id) {
    public SseEvent {
        event = event == null || event.isEmpty() ? "message" : event;
        data = data == null ? "" : data;
    }
}
