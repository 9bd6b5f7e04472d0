package dev.gatehouse.web.mcp;

import dev.gatehouse.protocol.JsonRpcMessage;
import dev.gatehouse.protocol.McpJson;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Frames JSON-RPC messages as Server-Sent Events: {@code id: <n>}, {@code event: message},
 * one {@code data:} line (compact JSON never contains a line break), and a blank line.
 */
final class SseEvents {
    private SseEvents() {
    }

    static byte[] event(long id, JsonRpcMessage message) {
        return ("id: " + id + "\nevent: message\ndata: " + McpJson.write(message) + "\n\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Makes the response an event stream: 200, {@code text/event-stream} in UTF-8, not to be cached. */
    static void start(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaTypes.EVENT_STREAM);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-cache");
    }

    /**
     * Sends what was written so far to the agent now: the output stream's own {@code flush()},
     * then {@code flushBuffer()}. On Liberty, {@code flushBuffer()} alone holds back the start of
     * a response that has not completed (the agent would see an event stream's headers only
     * with a later write).
     */
    static void push(HttpServletResponse response) throws IOException {
        response.getOutputStream().flush();
        response.flushBuffer();
    }

    /** A comment line: keeps intermediaries from closing an idle stream, ignored by clients. */
    static byte[] comment(String text) {
        return (": " + text + "\n\n").getBytes(StandardCharsets.UTF_8);
    }
}
