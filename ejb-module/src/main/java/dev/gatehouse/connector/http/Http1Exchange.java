package dev.gatehouse.connector.http;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A request that has been written and whose answer is awaited. The thread that sent it may
 * wait a little ({@link #awaitResponse}) and, when the answer takes longer, leave the rest
 * of the wait ({@link #response}) to another thread: nothing of the exchange is lost between
 * the two. A kept-alive connection that turns out to have been closed by the server before
 * the first byte of the answer is replaced once by a fresh one and the request sent again.
 */
public final class Http1Exchange {
    private static final int MAX_HEAD_LINE = 16 * 1024;
    private static final int MAX_HEAD_FIELDS = 200;

    private final Http1Client client;
    private final Http1Request request;
    private final long deadline;
    private final int timeoutMillis;
    private Http1Connection connection;
    private boolean resent;

    Http1Exchange(Http1Client client, Http1Request request, Http1Connection connection, Duration timeout) {
        this.client = client;
        this.request = request;
        this.connection = connection;
        this.timeoutMillis = Http1Connection.millis(timeout.toMillis());
        this.deadline = System.nanoTime() + timeout.toNanos();
    }

    /**
     * Waits at most {@code wait} for the answer to begin.
     *
     * @return the response with its head read, or empty when nothing arrived in that time
     */
    public Optional<Http1Response> awaitResponse(Duration wait) throws IOException {
        if (!firstByte(Http1Connection.millis(Math.min(wait.toMillis(), remainingMillis())))) {
            if (remainingMillis() <= 0) {
                throw timedOut();
            }
            return Optional.empty();
        }
        return Optional.of(readHead());
    }

    /** Waits for the answer until the exchange's timeout. */
    public Http1Response response() throws IOException {
        if (!firstByte(Http1Connection.millis(remainingMillis()))) {
            throw timedOut();
        }
        return readHead();
    }

    /** Gives the exchange up: its connection is closed, and a thread waiting for the answer fails at once. */
    public void cancel() {
        connection.close();
    }

    private HttpTimeoutException timedOut() {
        connection.close();
        return new HttpTimeoutException("no answer within " + Duration.ofMillis(timeoutMillis).toSeconds() + " s");
    }

    private long remainingMillis() {
        return (deadline - System.nanoTime()) / 1_000_000;
    }

    private boolean firstByte(int millis) throws IOException {
        try {
            return connection.awaitData(millis);
        } catch (EOFException | SocketException e) {
            boolean stale = connection.used() && !resent && !connection.isClosed();
            connection.close();
            if (!stale) {
                throw e;
            }
        }
        // a kept-alive connection the server had closed before answering: once more on a fresh one
        resent = true;
        connection = client.resend(request);
        try {
            return connection.awaitData(Http1Connection.millis(Math.min(millis, remainingMillis())));
        } catch (IOException e) {
            connection.close();
            throw e;
        }
    }

    /** Reads the status line and header fields (skipping interim 1xx answers) and frames the body. */
    private Http1Response readHead() throws IOException {
        try {
            connection.readTimeout(Http1Connection.millis(Math.min(timeoutMillis, remainingMillis())));
            while (true) {
                String statusLine = connection.readLine(MAX_HEAD_LINE);
                if (statusLine == null) {
                    throw new EOFException("the connection was closed before an answer");
                }
                int status = status(statusLine);
                Map<String, List<String>> headers = fields();
                if (status >= 100 && status < 200) {
                    if (status == 101) {
                        throw new IOException("the server switched protocols, which this client does not speak");
                    }
                    continue;
                }
                return frame(status, statusLine.startsWith("HTTP/1.0"), headers);
            }
        } catch (IOException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    private static int status(String line) throws IOException {
        if (!line.startsWith("HTTP/1.") || line.length() < 12 || line.charAt(8) != ' ') {
            throw new IOException("not an HTTP/1.x status line");
        }
        try {
            return Integer.parseInt(line.substring(9, 12));
        } catch (NumberFormatException e) {
            throw new IOException("not an HTTP/1.x status line", e);
        }
    }

    private Map<String, List<String>> fields() throws IOException {
        Map<String, List<String>> headers = new HashMap<>();
        for (int count = 0; ; count++) {
            String line = connection.readLine(MAX_HEAD_LINE);
            if (line == null) {
                throw new EOFException("the connection ended inside the response head");
            }
            if (line.isEmpty()) {
                return headers;
            }
            if (count >= MAX_HEAD_FIELDS) {
                throw new IOException("the response has more than " + MAX_HEAD_FIELDS + " header fields");
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue; // not a field (an obsolete folded line): nothing the client needs
            }
            headers.computeIfAbsent(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1))
                    .add(line.substring(colon + 1).trim());
        }
    }

    private Http1Response frame(int status, boolean http10, Map<String, List<String>> headers) throws IOException {
        String connectionField = String.join(",", headers.getOrDefault("connection", List.of())).toLowerCase(Locale.ROOT);
        boolean keepAlive = http10 ? connectionField.contains("keep-alive") : !connectionField.contains("close");
        Http1Body.Ending ending = client::ended;
        List<String> codings = headers.get("transfer-encoding");
        Http1Body body;
        long length = -1;
        if (request.method().equals("HEAD") || status == 204 || status == 304) {
            length = 0;
            body = Http1Body.ofLength(connection, 0, keepAlive, ending);
        } else if (codings != null && String.join(",", codings).toLowerCase(Locale.ROOT).strip().endsWith("chunked")) {
            body = Http1Body.chunked(connection, keepAlive, ending);
        } else if (headers.get("content-length") instanceof List<String> lengths) {
            length = contentLength(lengths);
            body = Http1Body.ofLength(connection, length, keepAlive, ending);
        } else {
            body = Http1Body.untilClose(connection, ending);
        }
        return new Http1Response(status, headers, body, connection, length);
    }

    private static long contentLength(List<String> values) throws IOException {
        long length = -1;
        for (String value : values) {
            for (String part : value.split(",")) {
                long parsed;
                try {
                    parsed = Long.parseLong(part.strip());
                } catch (NumberFormatException e) {
                    throw new IOException("not a Content-Length");
                }
                if (parsed < 0 || length >= 0 && parsed != length) {
                    throw new IOException("conflicting or negative Content-Length");
                }
                length = parsed;
            }
        }
        return length;
    }
}
