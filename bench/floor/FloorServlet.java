package floor;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The floor of a gateway on Open Liberty, for bench/floor.sh: the least a servlet can do per MCP call.
 * <ul>
 * <li>{@code /echo} answers the echo backend's protocol itself (initialize, notifications, tools/call),
 * by string search, with no second hop: Liberty's inbound HTTP alone.</li>
 * <li>{@code /proxy} forwards each POST or DELETE byte for byte to the echo backend over kept-alive
 * sockets and relays the answer: Liberty's inbound HTTP plus one outbound hop, with no JSON parsing,
 * no authentication, no session table, no routing and no audit record.</li>
 * </ul>
 * Not part of Gatehouse; compiled and deployed by bench/floor.sh only.
 */
@WebServlet(urlPatterns = {"/echo", "/proxy"})
public class FloorServlet extends HttpServlet {
    private static final int BACKEND_PORT = Integer.getInteger("floor.backend.port", 3100);
    private static final String[] FORWARDED = {"content-type", "accept", "mcp-session-id", "mcp-protocol-version"};
    private final ConcurrentLinkedQueue<Backend> idle = new ConcurrentLinkedQueue<>();

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        byte[] body = req.getInputStream().readAllBytes();
        if (req.getServletPath().equals("/echo")) {
            echo(req, body, resp);
        } else {
            forward(req, body, resp);
        }
    }

    private static void echo(HttpServletRequest req, byte[] body, HttpServletResponse resp) throws IOException {
        String text = new String(body, StandardCharsets.UTF_8);
        String id = between(text, "\"id\":", ",");
        if (text.contains("\"method\":\"initialize\"")) {
            resp.setHeader("mcp-session-id", UUID.randomUUID().toString());
            write(resp, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"protocolVersion\":\"2025-06-18\","
                    + "\"capabilities\":{\"tools\":{}},\"serverInfo\":{\"name\":\"floor\",\"version\":\"1\"}}}");
        } else if (id == null || req.getMethod().equals("DELETE")) {
            resp.setStatus(req.getMethod().equals("DELETE") ? 200 : 202);
        } else {
            String message = between(text, "\"message\":\"", "\"");
            write(resp, "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"result\":{\"content\":[{\"type\":\"text\",\"text\":\"Echo: "
                    + message + "\"}]}}");
        }
    }

    private void forward(HttpServletRequest req, byte[] body, HttpServletResponse resp) throws IOException {
        StringBuilder head = new StringBuilder(256).append(req.getMethod()).append(" /mcp HTTP/1.1\r\nhost: 127.0.0.1\r\n");
        for (String name : FORWARDED) {
            String value = req.getHeader(name);
            if (value != null) {
                head.append(name).append(": ").append(value).append("\r\n");
            }
        }
        head.append("content-length: ").append(body.length).append("\r\n\r\n");
        Backend backend = idle.poll();
        if (backend == null) {
            backend = new Backend(new Socket("127.0.0.1", BACKEND_PORT));
        }
        backend.send(head.toString().getBytes(StandardCharsets.ISO_8859_1), body);
        backend.relayAnswer(resp);
        idle.offer(backend);
    }

    private static void write(HttpServletResponse resp, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        resp.setContentType("application/json");
        resp.setContentLength(bytes.length);
        resp.getOutputStream().write(bytes);
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        if (from < 0) {
            return null;
        }
        from += start.length();
        int to = text.indexOf(end, from);
        return to < 0 ? null : text.substring(from, to);
    }

    /** One kept-alive connection to the backend, with its own read buffer. */
    private static final class Backend {
        private final InputStream in;
        private final OutputStream out;
        private byte[] buf = new byte[8192];
        private int filled;

        Backend(Socket socket) throws IOException {
            socket.setTcpNoDelay(true);
            in = socket.getInputStream();
            out = socket.getOutputStream();
        }

        void send(byte[] head, byte[] body) throws IOException {
            byte[] all = Arrays.copyOf(head, head.length + body.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            out.write(all);
        }

        /** Reads one answer (Content-Length or chunked) and writes its status, content type, session id and body. */
        void relayAnswer(HttpServletResponse resp) throws IOException {
            filled = 0;
            int headEnd;
            while ((headEnd = indexOf("\r\n\r\n", 0)) < 0) {
                fill();
            }
            String head = new String(buf, 0, headEnd, StandardCharsets.ISO_8859_1);
            resp.setStatus(Integer.parseInt(head.substring(9, 12)));
            int length = 0;
            boolean chunked = false;
            for (String line : head.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon < 0) {
                    continue;
                }
                String name = line.substring(0, colon).toLowerCase();
                String value = line.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Integer.parseInt(value);
                    case "transfer-encoding" -> chunked = true;
                    case "content-type", "mcp-session-id" -> resp.setHeader(name, value);
                    default -> { }
                }
            }
            int start = headEnd + 4;
            if (chunked) {
                while (indexOf("0\r\n\r\n", start) < 0) { // the echo backend sends chunked only for empty answers
                    fill();
                }
                return;
            }
            while (filled - start < length) {
                fill();
            }
            resp.setContentLength(length);
            resp.getOutputStream().write(buf, start, length);
        }

        private void fill() throws IOException {
            if (filled == buf.length) {
                buf = Arrays.copyOf(buf, buf.length * 2);
            }
            int n = in.read(buf, filled, buf.length - filled);
            if (n < 0) {
                throw new IOException("backend closed the connection");
            }
            filled += n;
        }

        private int indexOf(String marker, int from) {
            outer:
            for (int i = from; i <= filled - marker.length(); i++) {
                for (int j = 0; j < marker.length(); j++) {
                    if (buf[i + j] != marker.charAt(j)) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
