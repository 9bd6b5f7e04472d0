package dev.gatehouse.rego.builtin;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Go {@code net/url} escaping helpers. */
final class Url {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Url() {
    }

    static boolean unreserved(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '_' || c == '.' || c == '~';
    }

    /** Go's {@code url.QueryEscape}. */
    static String queryEscape(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (unreserved(c)) {
                sb.append((char) c);
            } else if (c == ' ') {
                sb.append('+');
            } else {
                sb.append('%').append(HEX[c >> 4]).append(HEX[c & 15]);
            }
        }
        return sb.toString();
    }

    /** Thrown for Go's {@code invalid URL escape "%zz"}. */
    static final class EscapeError extends Exception {
        EscapeError(String msg) {
            super(msg, null, false, false);
        }
    }

    /** Go's unescape; {@code query} turns '+' into space, {@code host} rejects ASCII escapes but %25. */
    static String unescape(String s, boolean query, boolean host) throws EscapeError {
        if (s.indexOf('%') < 0 && !(query && s.indexOf('+') >= 0)) {
            return s;
        }
        byte[] in = s.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < in.length; i++) {
            int c = in[i] & 0xff;
            if (c == '%') {
                int hi = i + 1 < in.length ? Character.digit(in[i + 1], 16) : -1;
                int lo = i + 2 < in.length ? Character.digit(in[i + 2], 16) : -1;
                if (hi < 0 || lo < 0) {
                    String bad = new String(in, i, Math.min(3, in.length - i), StandardCharsets.UTF_8);
                    throw new EscapeError("invalid URL escape " + dev.gatehouse.rego.value.Values.quoteGo(bad));
                }
                if (host && hi < 8 && !(hi == 2 && lo == 5)) {
                    throw new EscapeError("invalid URL escape "
                            + dev.gatehouse.rego.value.Values.quoteGo(new String(in, i, 3, StandardCharsets.UTF_8)));
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else if (c == '+' && query) {
                out.write(' ');
            } else {
                out.write(c);
            }
        }
        return GoStrings.fromUtf8(out.toByteArray());
    }

    /** Unescape for a builtin, mapping errors to OPA's builtin error. */
    static String unescape(String fn, String s, boolean query) throws BuiltinException {
        try {
            return unescape(s, query, false);
        } catch (EscapeError e) {
            throw BuiltinException.builtinError(fn + ": " + e.getMessage());
        }
    }
}
