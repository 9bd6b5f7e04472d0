package dev.gatehouse.web.mcp;

import dev.gatehouse.gateway.session.AgentSession;
import dev.gatehouse.gateway.session.AgentStream;
import dev.gatehouse.protocol.JsonRpcMessage;
import dev.gatehouse.protocol.JsonRpcResponse;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The HTTP response of one POSTed request that may take a while (it went to a backend).
 *
 * <p>The servlet thread first waits for the result itself (no async context: completing one
 * from a backend's thread costs a hand-off to the container's executor on every call); only
 * a call still running after that wait is handed to {@link #goAsync(AsyncContext)}.
 *
 * <p>The response starts undecided: if the result comes first it is written as
 * {@code application/json}; if a message for the agent comes first (progress, a log line, a
 * sampling request) the response turns into a {@code text/event-stream}, carries those
 * messages as events, then the result, and closes. So quick calls pay nothing for streaming
 * and slow ones stream. After the response is written the exchange refuses messages, and
 * the relay falls back to the session's GET stream.
 */
final class PostExchange implements AgentStream, AsyncListener {
    private static final Logger LOG = Logger.getLogger(PostExchange.class.getName());

    private final HttpServletResponse response;
    private final AgentSession session;
    private AsyncContext async;
    private boolean streaming;
    private boolean done;

    PostExchange(HttpServletResponse response, AgentSession session) {
        this.response = response;
        this.session = session;
    }

    /** Continues asynchronously: the servlet thread returns, the result completes the context. */
    synchronized void goAsync(AsyncContext context) {
        this.async = context;
        context.addListener(this);
        if (done) {
            context.complete();
        }
    }

    @Override
    public synchronized boolean send(JsonRpcMessage message) {
        if (done) {
            return false;
        }
        try {
            if (!streaming) {
                startStream();
            }
            response.getOutputStream().write(SseEvents.event(session.nextEventId(), message));
            SseEvents.push(response);
            return true;
        } catch (IOException e) {
            LOG.log(Level.FINE, "the agent closed the response stream", e);
            end();
            return false;
        }
    }

    /** Writes the result (or, for {@code null}, nothing: the request was cancelled) and ends. */
    synchronized void finish(JsonRpcResponse result) {
        if (done) {
            return;
        }
        try {
            if (result == null) {
                if (!streaming) {
                    startStream();
                }
            } else if (streaming) {
                response.getOutputStream().write(SseEvents.event(session.nextEventId(), result));
            } else {
                McpServlet.writeJson(response, HttpServletResponse.SC_OK, result);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "could not write a response to the agent", e);
        } finally {
            end();
        }
    }

    private void startStream() throws IOException {
        streaming = true;
        SseEvents.start(response);
        SseEvents.push(response);
    }

    private void end() {
        if (!done) {
            done = true;
            if (async == null) {
                return;
            }
            try {
                async.complete();
            } catch (IllegalStateException e) {
                LOG.log(Level.FINE, "the exchange was already completed", e);
            }
        }
    }

    @Override
    public synchronized boolean isOpen() {
        return !done;
    }

    @Override
    public synchronized void close() {
        end();
    }

    @Override
    public void onComplete(AsyncEvent event) {
        markDone();
    }

    @Override
    public void onTimeout(AsyncEvent event) {
        LOG.log(Level.FINE, "an agent request timed out in the transport");
        synchronized (this) {
            end();
        }
    }

    @Override
    public void onError(AsyncEvent event) {
        synchronized (this) {
            end();
        }
    }

    @Override
    public void onStartAsync(AsyncEvent event) {
        // nothing to do
    }

    private synchronized void markDone() {
        done = true;
    }
}
