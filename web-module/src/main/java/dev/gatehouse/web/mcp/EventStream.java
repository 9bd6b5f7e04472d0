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
 * A session's GET stream: server-initiated messages (list_changed notifications, requests
 * that outlived their POST) as SSE events with session-unique ids. Open until the agent
 * disconnects, the session ends, or another GET replaces it.
 */
final class EventStream implements AgentStream, AsyncListener {
    private static final Logger LOG = Logger.getLogger(EventStream.class.getName());

    private final AsyncContext async;
    private final HttpServletResponse response;
    private final AgentSession session;
    private boolean open = true;

    EventStream(AsyncContext async, AgentSession session) throws IOException {
        this.async = async;
        this.response = (HttpServletResponse) async.getResponse();
        this.session = session;
        async.addListener(this);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaTypes.EVENT_STREAM);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getOutputStream().write(SseEvents.comment("gatehouse stream open"));
        response.flushBuffer();
    }

    @Override
    public synchronized boolean send(JsonRpcMessage message) {
        if (!open) {
            return false;
        }
        try {
            response.getOutputStream().write(SseEvents.event(session.nextEventId(), message));
            response.flushBuffer();
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
            response.flushBuffer();
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
