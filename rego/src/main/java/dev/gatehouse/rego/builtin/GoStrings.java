package dev.gatehouse.rego.builtin;

import java.nio.charset.StandardCharsets;

/** Go string conversions: bytes to string with one U+FFFD per invalid byte, as Go's range over a string. */
final class GoStrings {
    private GoStrings() {
    }

    /** Decodes UTF-8 as Go does when treating bytes as runes. */
    static String fromUtf8(byte[] b) {
        StringBuilder sb = null;
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int need;
            int cp;
            if (c < 0x80) {
                if (sb != null) {
                    sb.append((char) c);
                }
                i++;
                continue;
            } else if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                cp = c & 0x1f;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                cp = c & 0x0f;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                cp = c & 0x07;
            } else {
                need = -1;
                cp = 0;
            }
            boolean ok = need > 0 && i + need < b.length + 0 + 1 && i + need <= b.length - 0;
            if (ok) {
                for (int k = 1; k <= need; k++) {
                    if (i + k >= b.length || (b[i + k] & 0xC0) != 0x80) {
                        ok = false;
                        break;
                    }
                    cp = (cp << 6) | (b[i + k] & 0x3f);
                }
            }
            if (ok && (need == 2 && (cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF) || need == 3 && (cp < 0x10000
                    || cp > 0x10FFFF))) {
                ok = false;
            }
            if (sb == null) {
                sb = new StringBuilder(new String(b, 0, i, StandardCharsets.UTF_8));
            }
            if (ok) {
                sb.appendCodePoint(cp);
                i += need + 1;
            } else {
                sb.append('\uFFFD');
                i++;
            }
        }
        return sb == null ? new String(b, StandardCharsets.ISO_8859_1) : sb.toString();
    }

    /** UTF-8 bytes of a string. */
    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
