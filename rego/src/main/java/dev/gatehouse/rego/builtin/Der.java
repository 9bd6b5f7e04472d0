package dev.gatehouse.rego.builtin;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A minimal DER reader: one TLV element over a byte array, with children for constructed types. */
record Der(byte[] buf, int tag, int start, int contentStart, int end) {

    /** Thrown for malformed input, with Go's {@code asn1: structure error} wording. */
    static final class Malformed extends Exception {
        Malformed(String msg) {
            super("asn1: structure error: " + msg, null, false, false);
        }
    }

    /** Parses the element at {@code pos}. */
    static Der read(byte[] buf, int pos, int limit) throws Malformed {
        if (pos + 2 > limit) {
            throw new Malformed("truncated tag or length");
        }
        int tag = buf[pos] & 0xff;
        if ((tag & 0x1f) == 0x1f) {
            throw new Malformed("high-tag-number form not supported");
        }
        int lenByte = buf[pos + 1] & 0xff;
        int p = pos + 2;
        long len;
        if (lenByte < 0x80) {
            len = lenByte;
        } else {
            int n = lenByte & 0x7f;
            if (n == 0 || n > 4 || p + n > limit) {
                throw new Malformed("invalid length");
            }
            len = 0;
            for (int i = 0; i < n; i++) {
                len = (len << 8) | (buf[p++] & 0xff);
            }
        }
        if (p + len > limit) {
            throw new Malformed("data truncated");
        }
        return new Der(buf, tag, pos, p, (int) (p + len));
    }

    /** Parses a whole buffer as one element (trailing data is an error). */
    static Der parse(byte[] buf) throws Malformed {
        Der d = read(buf, 0, buf.length);
        if (d.end != buf.length) {
            throw new Malformed("trailing data");
        }
        return d;
    }

    /** Child elements of a constructed element. */
    List<Der> children() throws Malformed {
        List<Der> out = new ArrayList<>();
        int p = contentStart;
        while (p < end) {
            Der c = read(buf, p, end);
            out.add(c);
            p = c.end;
        }
        return out;
    }

    /** This element with expected tag, or a structure error. */
    Der expect(int expected) throws Malformed {
        if (tag != expected) {
            throw new Malformed("tags don't match (" + (expected & 0x1f) + " vs " + (tag & 0x1f) + ")");
        }
        return this;
    }

    /** The full encoding (tag, length, content). */
    byte[] encoded() {
        return Arrays.copyOfRange(buf, start, end);
    }

    /** The content octets. */
    byte[] content() {
        return Arrays.copyOfRange(buf, contentStart, end);
    }

    /** An INTEGER's value. */
    BigInteger integer() {
        return new BigInteger(content());
    }

    /** An OBJECT IDENTIFIER's arcs. */
    List<Long> oid() {
        byte[] c = content();
        List<Long> arcs = new ArrayList<>();
        long v = 0;
        boolean first = true;
        for (byte b : c) {
            v = (v << 7) | (b & 0x7f);
            if ((b & 0x80) == 0) {
                if (first) {
                    arcs.add(v < 80 ? v / 40 : 2);
                    arcs.add(v < 80 ? v % 40 : v - 80);
                    first = false;
                } else {
                    arcs.add(v);
                }
                v = 0;
            }
        }
        return arcs;
    }
}
