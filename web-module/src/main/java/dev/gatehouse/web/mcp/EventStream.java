package dev.gatehouse.web.mcp;

import dev.gatehouse.gateway.session.AgentSession;
import dev.gatehouse.gateway.session.AgentStream;
import dev.gatehouse.protocol.JsonRpcMessage;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A session's GET stream: server-initiated messages (list_changed notifications, resource
 * updates, requests that outlived their POST) as SSE events with session-unique ids, which a
 * later GET can name in {@code Last-Event-ID} to resume. Open until the agent disconnects,
 * the session ends, or another GET replaces it.
 */
final class EventStream implements AgentStream, AsyncListener {
    private static final Logger LOG = Logger.getLogger(EventStream.class.getName());

    private final AsyncContext async;
    private final HttpServletResponse response;
    private final AgentSession session;
    private boolean open = true;

    /** Commits the response as an event stream at once: the agent sees its headers before any event. */
    static void open(HttpServletResponse response) throws IOException {
        SseEvents.start(response);
        response.getOutputStream().write(SseEvents.comment("gatehouse stream open"));
        SseEvents.push(response);
    }

    /** Follows a response already {@linkplain #open(HttpServletResponse) opened} as an event stream. */
    EventStream(AsyncContext async, AgentSession session) {
        this.async = async;
        this.response = (HttpServletResponse) async.getResponse();
        this.session = session;
        async.addListener(this);
    }

    @Override
    public boolean send(JsonRpcMessage message) {
        return send(session.nextEventId(), message);
    }

    @Override
    public synchronized boolean send(long eventId, JsonRpcMessage message) {
        if (!open) {
            return false;
        }
        try {
            response.getOutputStream().write(SseEvents.event(eventId, message));
            SseEvents.push(response);
            return true;
        } catch (IOException e) {
            LOG.log(Level.FINE, "the agent closed its GET stream", e);
            close();
            return false;
        }
    }

    /** Writes an SSE comment so that idle intermediaries keep the stream and a gone agent is noticed. */
    synchronized void keepAlive() {
        if (!open) {
            return;
        }
        try {
            response.getOutputStream().write(SseEvents.comment("keep-alive"));
            SseEvents.push(response);
        } catch (IOException e) {
            LOG.log(Level.FINE, "the agent closed its GET stream", e);
            close();
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return open;
    }

    @Override
    public synchronized void close() {
        if (open) {
            open = false;
            session.detach(this);
            try {
                async.complete();
            } catch (IllegalStateException e) {
                LOG.log(Level.FINE, "the stream was already completed", e);
            }
        }
    }

    @Override
    public void onComplete(AsyncEvent event) {
        synchronized (this) {
            open = false;
        }
        session.detach(this);
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        close();
    }

    @Override
    public void onError(AsyncEvent event) {
        close();
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // nothing to do
    }
}
