package dev.gatehouse.connector.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP/1.1 server on a real socket whose answers are written byte for byte by the test,
 * so that framing, keep-alive and failures can be played exactly. Every request is recorded
 * with the number of the connection it came on.
 */
final class ScriptedPeer implements AutoCloseable {
    /** What to do with one request: the raw bytes to answer with and what happens next. */
    record Reply(String raw, long delayMillis, After after) {
        static Reply of(String raw) {
            return new Reply(raw, 0, After.KEEP_OPEN);
        }

        Reply then(After next) {
            return new Reply(raw, delayMillis, next);
        }

        Reply delayed(long millis) {
            return new Reply(raw, millis, after);
        }
    }

    enum After { KEEP_OPEN, CLOSE }

    record Received(int connection, String head, String body) {
        String requestLine() {
            return head.lines().findFirst().orElse("");
        }

        boolean hasField(String field) {
            return head.lines().anyMatch(l -> l.equalsIgnoreCase(field));
        }
    }

    interface Script {
        /** The reply to the {@code n}th request (from 0); {@code null} closes the connection without answering. */
        Reply reply(int n, Received request);
    }

    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();
    private final ServerSocket server;
    private final Script script;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private final String scheme;

    ScriptedPeer(Script script) throws IOException {
        this(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), "http", script);
    }

    /** A peer on a server socket of the test's making (a TLS one, say) for URIs of {@code scheme}. */
    ScriptedPeer(ServerSocket server, String scheme, Script script) {
        this.script = script;
        this.server = server;
        this.scheme = scheme;
        Thread.ofVirtual().start(this::accept);
    }

    URI uri(String path) {
        return uri("127.0.0.1", path);
    }

    URI uri(String host, String path) {
        return URI.create(scheme + "://" + host + ":" + server.getLocalPort() + path);
    }

    static String json(String body) {
        return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                sockets.add(socket);
                int number = connections.incrementAndGet();
                Thread.ofVirtual().start(() -> serve(socket, number));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket, int connection) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            while (true) {
                String head = readHead(in);
                if (head == null) {
                    return;
                }
                int length = head.lines().filter(l -> l.toLowerCase(Locale.ROOT).startsWith("content-length:"))
                        .map(l -> Integer.parseInt(l.substring(15).trim())).findFirst().orElse(0);
                Received request = new Received(connection, head, new String(in.readNBytes(length), StandardCharsets.UTF_8));
                received.add(request);
                Reply reply = script.reply(requests.getAndIncrement(), request);
                if (reply == null) {
                    return;
                }
                if (reply.delayMillis() > 0) {
                    Thread.sleep(reply.delayMillis());
                }
                out.write(reply.raw().getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (reply.after() == After.CLOSE) {
                    return;
                }
            }
        } catch (IOException | InterruptedException e) {
            // the client went away
        }
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            head.write(b);
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : b == '\r' ? 1 : 0;
            if (matched == 4) {
                return head.toString(StandardCharsets.ISO_8859_1);
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
