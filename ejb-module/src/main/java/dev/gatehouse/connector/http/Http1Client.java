package dev.gatehouse.connector.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * HTTP/1.1 with kept-alive connections, one pool per origin, and no threads of its own: the
 * caller writes the request and reads the answer on its own thread ({@link #send}, then
 * {@link Http1Exchange}). A connection goes back to its pool when its response body has been
 * read to the end; it is reused newest first, and one idle longer than {@code idleLimit} is
 * closed rather than reused, well inside the keep-alive timeouts servers commonly use (5 s for
 * Node.js and uvicorn), so that a reused connection is rarely one the server has just closed.
 * When that happens before any byte of the answer the request is sent once more on a fresh
 * connection, as browsers and the common clients do.
 *
 * <p>TLS uses the JVM's default trust (or the given socket factory) and checks the server's
 * host name. No proxy is used and redirects are the caller's to follow.
 */
public final class Http1Client implements AutoCloseable {
    private static final int MAX_IDLE_PER_ORIGIN = 64;

    private final Duration connectTimeout;
    private final long idleLimitNanos;
    private final SSLSocketFactory tls;
    private final Map<String, Deque<Http1Connection>> idle = new ConcurrentHashMap<>();
    private final Set<Http1Connection> open = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param tls the TLS sockets to use for {@code https}, or {@code null} for the JVM's default
     */
    public Http1Client(Duration connectTimeout, Duration idleLimit, SSLSocketFactory tls) {
        this.connectTimeout = connectTimeout;
        this.idleLimitNanos = idleLimit.toNanos();
        this.tls = tls;
    }

    /** A client with the JVM's default TLS trust and a 2-second idle limit. */
    public Http1Client(Duration connectTimeout) {
        this(connectTimeout, Duration.ofSeconds(2), null);
    }

    /**
     * Writes the request on a pooled or new connection.
     *
     * @param timeout how long the answer may take to begin (and each later read of its head and a timed body)
     * @throws IOException when no connection could be made or the request not written
     */
    public Http1Exchange send(Http1Request request, Duration timeout) throws IOException {
        Http1Connection connection = pooled(origin(request.uri()));
        if (connection != null) {
            try {
                connection.write(head(request), request.body());
                return new Http1Exchange(this, request, connection, timeout);
            } catch (IOException e) {
                connection.close(); // closed by the server while idle: a fresh connection follows
            }
        }
        return new Http1Exchange(this, request, resend(request), timeout);
    }

    /** Sends and waits for the answer's head, all on the calling thread. */
    public Http1Response exchange(Http1Request request, Duration timeout) throws IOException {
        return send(request, timeout).response();
    }

    /** Writes the request on a new connection. */
    Http1Connection resend(Http1Request request) throws IOException {
        Http1Connection connection = connect(request.uri());
        try {
            connection.write(head(request), request.body());
            return connection;
        } catch (IOException e) {
            connection.close();
            throw e;
        }
    }

    /** A body was read to its end (or given up): the connection goes back to its pool or is closed. */
    void ended(Http1Connection connection, boolean reusable) {
        if (!reusable || closed || connection.isClosed()) {
            connection.close();
            open.remove(connection);
            return;
        }
        long now = System.nanoTime();
        connection.markUsed();
        connection.idleFrom(now);
        Deque<Http1Connection> pool = idle.computeIfAbsent(connection.origin, k -> new ConcurrentLinkedDeque<>());
        pool.addFirst(connection);
        for (Http1Connection oldest = pool.peekLast(); oldest != null && (pool.size() > MAX_IDLE_PER_ORIGIN
                || now - oldest.idleSince() > idleLimitNanos); oldest = pool.peekLast()) {
            if (pool.removeLastOccurrence(oldest)) {
                oldest.close();
                open.remove(oldest);
            }
        }
        if (closed && pool.remove(connection)) {
            connection.close();
        }
    }

    private Http1Connection pooled(String origin) {
        Deque<Http1Connection> pool = idle.get(origin);
        if (pool == null) {
            return null;
        }
        long now = System.nanoTime();
        for (Http1Connection c = pool.pollFirst(); c != null; c = pool.pollFirst()) {
            if (now - c.idleSince() <= idleLimitNanos && !c.isClosed()) {
                return c;
            }
            c.close();
            open.remove(c);
        }
        return null;
    }

    private Http1Connection connect(URI uri) throws IOException {
        if (closed) {
            throw new IOException("the HTTP client is closed");
        }
        String host = bare(uri.getHost());
        int port = port(uri);
        int connectMillis = Http1Connection.millis(connectTimeout.toMillis());
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setKeepAlive(true);
            try {
                socket.connect(new InetSocketAddress(host, port), connectMillis);
            } catch (SocketTimeoutException e) {
                throw new HttpConnectTimeoutException("connect timed out");
            }
            if (uri.getScheme().equalsIgnoreCase("https")) {
                socket = handshake(socket, host, port, connectMillis);
            }
            Http1Connection connection = new Http1Connection(origin(uri), socket);
            open.add(connection);
            return connection;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    private Socket handshake(Socket plain, String host, int port, int millis) throws IOException {
        SSLSocket socket = (SSLSocket) tlsSockets().createSocket(plain, host, port, true);
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        socket.setSSLParameters(parameters);
        socket.setSoTimeout(millis);
        try {
            socket.startHandshake();
        } catch (SocketTimeoutException e) {
            throw new HttpConnectTimeoutException("TLS handshake timed out");
        }
        return socket;
    }

    private SSLSocketFactory tlsSockets() throws IOException {
        if (tls != null) {
            return tls;
        }
        try {
            return SSLContext.getDefault().getSocketFactory();
        } catch (NoSuchAlgorithmException e) {
            throw new IOException("no TLS available", e);
        }
    }

    /** The request line and header fields, ISO-8859-1 as HTTP/1.1 wants them. */
    static byte[] head(Http1Request request) {
        URI uri = request.uri();
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder head = new StringBuilder(256).append(request.method()).append(' ').append(path);
        if (uri.getRawQuery() != null) {
            head.append('?').append(uri.getRawQuery());
        }
        head.append(" HTTP/1.1\r\nHost: ").append(uri.getHost());
        if (uri.getPort() > 0 && uri.getPort() != defaultPort(uri)) {
            head.append(':').append(uri.getPort());
        }
        head.append("\r\n");
        for (Map.Entry<String, String> field : request.headers()) {
            head.append(field.getKey()).append(": ").append(field.getValue()).append("\r\n");
        }
        if (request.body().length > 0 || !request.method().equals("GET") && !request.method().equals("DELETE")
                && !request.method().equals("HEAD")) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        return head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String origin(URI uri) {
        return uri.getScheme().toLowerCase(Locale.ROOT) + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port(uri);
    }

    /** The port the URI names, or its scheme's default. */
    private static int port(URI uri) {
        return uri.getPort() > 0 ? uri.getPort() : defaultPort(uri);
    }

    private static int defaultPort(URI uri) {
        return uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static String bare(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }

    /** How many connections are open (idle or in use), for tests and diagnostics. */
    public int openConnections() {
        open.removeIf(Http1Connection::isClosed);
        return open.size();
    }

    /** Closes every connection, idle or in use; later sends fail. */
    @Override
    public void close() {
        closed = true;
        open.forEach(Http1Connection::close);
        open.clear();
        idle.clear();
    }
}
