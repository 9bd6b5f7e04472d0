package dev.gatehouse.connector.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/**
 * A response body read from its connection: {@code Content-Length} bytes, a chunked body
 * (trailers skipped) or everything up to the end of the connection. Reading it to its end
 * hands a reusable connection back to the pool; closing it before that closes the
 * connection, since what is left of the body cannot be told from the next response.
 */
final class Http1Body extends InputStream {
    private static final int MAX_CHUNK_LINE = 4096;

    /** Called once when the body has been read to its end. */
    interface Ending {
        void ended(Http1Connection connection, boolean reusable);
    }

    private enum Framing { LENGTH, CHUNKED, UNTIL_CLOSE }

    private final Http1Connection connection;
    private final Framing framing;
    private final boolean keepAlive;
    private final Ending ending;
    private long remaining;
    private boolean lastChunk;
    private boolean done;

    private Http1Body(Http1Connection connection, Framing framing, long length, boolean keepAlive, Ending ending) {
        this.connection = connection;
        this.framing = framing;
        this.remaining = length;
        this.keepAlive = keepAlive;
        this.ending = ending;
    }

    static Http1Body ofLength(Http1Connection connection, long length, boolean keepAlive, Ending ending) {
        Http1Body body = new Http1Body(connection, Framing.LENGTH, length, keepAlive, ending);
        if (length == 0) {
            body.finish();
        }
        return body;
    }

    static Http1Body chunked(Http1Connection connection, boolean keepAlive, Ending ending) {
        return new Http1Body(connection, Framing.CHUNKED, 0, keepAlive, ending);
    }

    static Http1Body untilClose(Http1Connection connection, Ending ending) {
        return new Http1Body(connection, Framing.UNTIL_CLOSE, 0, false, ending);
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (done) {
            return -1;
        }
        if (length == 0) {
            return 0;
        }
        return switch (framing) {
            case LENGTH -> readCounted(target, offset, length);
            case CHUNKED -> readChunked(target, offset, length);
            case UNTIL_CLOSE -> {
                int n = connection.read(target, offset, length);
                if (n < 0) {
                    finish();
                }
                yield n;
            }
        };
    }

    @Override
    public int available() {
        return done ? 0 : (int) Math.min(connection.buffered(), framing == Framing.UNTIL_CLOSE ? Integer.MAX_VALUE : remaining);
    }

    private int readCounted(byte[] target, int offset, int length) throws IOException {
        int n = connection.read(target, offset, (int) Math.min(length, remaining));
        if (n < 0) {
            throw new EOFException("the connection ended " + remaining + " bytes before the end of the body");
        }
        remaining -= n;
        if (remaining == 0) {
            finish();
        }
        return n;
    }

    private int readChunked(byte[] target, int offset, int length) throws IOException {
        if (remaining == 0) {
            if (!nextChunk()) {
                return -1;
            }
        }
        int n = connection.read(target, offset, (int) Math.min(length, remaining));
        if (n < 0) {
            throw new EOFException("the connection ended inside a chunk");
        }
        remaining -= n;
        if (remaining == 0) {
            String end = connection.readLine(MAX_CHUNK_LINE);
            if (end == null || !end.isEmpty()) {
                throw new IOException("a chunk does not end with CR LF");
            }
        }
        return n;
    }

    /** Reads the next chunk's size line; at the last chunk reads the trailers and ends the body. */
    private boolean nextChunk() throws IOException {
        String line = connection.readLine(MAX_CHUNK_LINE);
        if (line == null) {
            throw new EOFException("the connection ended before the last chunk");
        }
        int extension = line.indexOf(';');
        String size = (extension < 0 ? line : line.substring(0, extension)).trim();
        try {
            remaining = Long.parseLong(size, 16);
        } catch (NumberFormatException e) {
            throw new IOException("not a chunk size: " + (size.length() > 20 ? size.substring(0, 20) : size));
        }
        if (remaining < 0) {
            throw new IOException("negative chunk size");
        }
        if (remaining > 0) {
            return true;
        }
        lastChunk = true;
        for (String trailer = connection.readLine(MAX_CHUNK_LINE); trailer != null && !trailer.isEmpty();
             trailer = connection.readLine(MAX_CHUNK_LINE)) {
            // trailer fields carry nothing the transports use
        }
        finish();
        return false;
    }

    private void finish() {
        if (!done) {
            done = true;
            ending.ended(connection, keepAlive && (framing != Framing.CHUNKED || lastChunk));
        }
    }

    /** Ends the body: one read to its end already gave the connection back; otherwise it is closed. */
    @Override
    public void close() {
        if (!done) {
            done = true;
            connection.close();
            ending.ended(connection, false);
        }
    }
}
