package dev.gatehouse.gateway;

import dev.gatehouse.gateway.session.AgentStream;
import dev.gatehouse.protocol.JsonRpcMessage;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An agent stream that keeps what it was sent. */
public final class RecordingStream implements AgentStream {
    public final List<JsonRpcMessage> sent = new CopyOnWriteArrayList<>();
    private volatile boolean open = true;

    @Override
    public boolean send(JsonRpcMessage message) {
        if (!open) {
            return false;
        }
        sent.add(message);
        return true;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        open = false;
    }
}
