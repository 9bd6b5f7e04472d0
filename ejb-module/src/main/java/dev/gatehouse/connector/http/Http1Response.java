package dev.gatehouse.connector.http;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A response whose head has been read: the status, the header fields (names in lower case)
 * and the body, still on the wire. Read the body to its end (or {@link #discard} it) to give
 * the connection back; {@link #close} before that closes the connection.
 */
public final class Http1Response implements AutoCloseable {
    /** Bodies up to this size are read to their end on {@link #discard} rather than closing the connection. */
    private static final int DRAIN_LIMIT = 64 * 1024;
    /** Declared lengths up to this size are read into one array allocated up front. */
    private static final long EXACT_LIMIT = 16L * 1024 * 1024;

    private final int status;
    private final Map<String, List<String>> headers;
    private final Http1Body body;
    private final Http1Connection connection;
    private final long length;

    /** {@code length}: the body's declared length, {@code -1} when it is chunked or runs to the end of the connection. */
    Http1Response(int status, Map<String, List<String>> headers, Http1Body body, Http1Connection connection, long length) {
        this.status = status;
        this.headers = headers;
        this.body = body;
        this.connection = connection;
        this.length = length;
    }

    public int status() {
        return status;
    }

    /** The first value of a header field, if present ({@code name} in any case). */
    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** The body as it arrives; reads block with the exchange's timeout unless {@link #untimed} was called. */
    public InputStream body() {
        return body;
    }

    /** Reads the whole body (into an array of its declared length when it has one). */
    public byte[] bytes() throws IOException {
        try (InputStream in = body) {
            if (length < 0 || length > EXACT_LIMIT) {
                return in.readAllBytes();
            }
            byte[] whole = new byte[(int) length];
            int read = in.readNBytes(whole, 0, whole.length);
            if (read < whole.length) {
                throw new EOFException("the body ended " + (whole.length - read) + " bytes early");
            }
            return whole;
        }
    }

    /** Lets body reads wait for ever: for event streams, which may stay quiet for long. */
    public Http1Response untimed() throws IOException {
        connection.readTimeout(0);
        return this;
    }

    /** Skips the body: a short one is read so that the connection can be reused, a long one closes it. */
    public void discard() {
        if (length < 0 || length > DRAIN_LIMIT) {
            body.close();
            return;
        }
        try {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            body.close();
        }
    }

    @Override
    public void close() {
        body.close();
    }
}
