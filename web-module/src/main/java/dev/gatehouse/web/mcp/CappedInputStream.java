package dev.gatehouse.web.mcp;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads at most a fixed number of bytes and fails with {@link TooLargeException} beyond them. */
final class CappedInputStream extends FilterInputStream {
    /** The stream held more bytes than allowed. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("body too large");
        }
    }

    private long remaining;

    CappedInputStream(InputStream in, long cap) {
        super(in);
        this.remaining = cap;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0 && --remaining < 0) {
            throw new TooLargeException();
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            remaining -= n;
            if (remaining < 0) {
                throw new TooLargeException();
            }
        }
        return n;
    }
}
