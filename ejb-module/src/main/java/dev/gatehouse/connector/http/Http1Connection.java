package dev.gatehouse.connector.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * One socket to an origin with its own read buffer: head lines are parsed from the buffer
 * and body streams read through it, so nothing read ahead is ever lost between the two.
 * Used by one thread at a time (the pool hands it over).
 */
final class Http1Connection implements AutoCloseable {
    private static final int BUFFER = 16 * 1024;

    final String origin;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private int limit;
    private long idleSince;
    private boolean used;
    private volatile boolean closed;

    Http1Connection(String origin, Socket socket) throws IOException {
        this.origin = origin;
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    /** Whether an earlier exchange ran on this connection (a stale keep-alive may fail the next). */
    boolean used() {
        return used;
    }

    void markUsed() {
        used = true;
    }

    long idleSince() {
        return idleSince;
    }

    void idleFrom(long nanos) {
        idleSince = nanos;
    }

    void write(byte[] head, byte[] body) throws IOException {
        if (body.length > 0 && head.length + body.length <= BUFFER * 4) {
            byte[] whole = new byte[head.length + body.length];
            System.arraycopy(head, 0, whole, 0, head.length);
            System.arraycopy(body, 0, whole, head.length, body.length);
            out.write(whole);
        } else {
            out.write(head);
            if (body.length > 0) {
                out.write(body);
            }
        }
        out.flush();
    }

    /** A timeout in milliseconds as a socket takes it: at least 1 (0 would wait for ever), at most {@code Integer.MAX_VALUE}. */
    static int millis(long millis) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, millis));
    }

    /** Sets the read timeout for what follows; {@code 0} waits for ever. */
    void readTimeout(int millis) throws IOException {
        socket.setSoTimeout(millis);
    }

    /**
     * Waits up to {@code millis} for the first byte of what follows.
     *
     * @return {@code false} when nothing arrived in time (the connection stays usable)
     * @throws EOFException when the peer closed the connection
     */
    boolean awaitData(int millis) throws IOException {
        if (position < limit) {
            return true;
        }
        socket.setSoTimeout(millis(millis));
        try {
            if (fill() < 0) {
                throw new EOFException("the connection was closed before an answer");
            }
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        }
    }

    /** One line without its CR LF, read as ISO-8859-1; {@code null} at the end of the stream. */
    String readLine(int maxLength) throws IOException {
        StringBuilder line = null;
        while (true) {
            if (position == limit && fill() < 0) {
                if (line == null) {
                    return null;
                }
                throw new EOFException("the connection ended inside a header line");
            }
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int end = position;
            boolean complete = position < limit;
            if (complete) {
                position++;
            }
            int length = end - start + (line == null ? 0 : line.length());
            if (length > maxLength) {
                throw new IOException("a header line is longer than " + maxLength + " bytes");
            }
            String part = new String(buffer, start, end - start, StandardCharsets.ISO_8859_1);
            line = line == null ? new StringBuilder(part) : line.append(part);
            if (complete) {
                int n = line.length();
                return n > 0 && line.charAt(n - 1) == '\r' ? line.substring(0, n - 1) : line.toString();
            }
        }
    }

    int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (position == limit) {
            if (length >= BUFFER) {
                return in.read(target, offset, length);
            }
            if (fill() < 0) {
                return -1;
            }
        }
        int n = Math.min(length, limit - position);
        System.arraycopy(buffer, position, target, offset, n);
        position += n;
        return n;
    }

    /** Bytes already buffered, readable without blocking. */
    int buffered() {
        return limit - position;
    }

    private int fill() throws IOException {
        int n = in.read(buffer, 0, BUFFER);
        if (n > 0) {
            position = 0;
            limit = n;
        }
        return n;
    }

    boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing more to do with a socket that does not close cleanly
        }
    }
}
