package dev.gatehouse.rego.value;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;

/**
 * A strict RFC 8259 JSON reader producing values directly (no intermediate tree), with exact numbers,
 * last-wins duplicate keys and Go {@code encoding/json}-style error messages.
 */
final class JsonReader {
    private static final int MAX_DEPTH = 1_000;

    private final String s;
    private int pos;
    private int depth;

    private JsonReader(String s) {
        this.s = s;
    }

    static Value read(String text) throws IOException {
        JsonReader r = new JsonReader(text);
        r.skipWs();
        if (r.pos >= text.length()) {
            throw new IOException("unexpected end of JSON input");
        }
        Value v = r.value();
        r.skipWs();
        if (r.pos < text.length()) {
            throw r.invalid("after top-level value");
        }
        return v;
    }

    private IOException invalid(String context) {
        if (pos >= s.length()) {
            return new IOException("unexpected end of JSON input");
        }
        int cp = s.codePointAt(pos);
        String shown = cp == '\'' ? "'\\''" : cp == '"' ? "'\"'" : "'" + new String(Character.toChars(cp)) + "'";
        return new IOException("invalid character " + shown + " " + context);
    }

    private void skipWs() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private Value value() throws IOException {
        if (pos >= s.length()) {
            throw new IOException("unexpected end of JSON input");
        }
        char c = s.charAt(pos);
        return switch (c) {
            case '{' -> object();
            case '[' -> array();
            case '"' -> StringValue.of(string());
            case 't' -> literal("true", BooleanValue.TRUE);
            case 'f' -> literal("false", BooleanValue.FALSE);
            case 'n' -> literal("null", NullValue.INSTANCE);
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    yield number();
                }
                throw invalid("looking for beginning of value");
            }
        };
    }

    private Value literal(String word, Value v) throws IOException {
        for (int i = 0; i < word.length(); i++) {
            if (pos >= s.length() || s.charAt(pos) != word.charAt(i)) {
                throw invalid("in literal " + word + " (expecting '" + word.charAt(i) + "')");
            }
            pos++;
        }
        return v;
    }

    private Value number() throws IOException {
        int start = pos;
        if (s.charAt(pos) == '-') {
            pos++;
        }
        if (pos >= s.length()) {
            throw new IOException("unexpected end of JSON input");
        }
        if (s.charAt(pos) == '0') {
            pos++;
        } else if (s.charAt(pos) >= '1' && s.charAt(pos) <= '9') {
            digits();
        } else {
            throw invalid("in numeric literal");
        }
        if (pos < s.length() && s.charAt(pos) == '.') {
            pos++;
            if (pos >= s.length() || !isDigit(s.charAt(pos))) {
                throw invalid("after decimal point in numeric literal");
            }
            digits();
        }
        if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
            pos++;
            if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                pos++;
            }
            if (pos >= s.length() || !isDigit(s.charAt(pos))) {
                throw invalid("in exponent of numeric literal");
            }
            digits();
        }
        return NumberValue.parse(s.substring(start, pos));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void digits() {
        while (pos < s.length() && isDigit(s.charAt(pos))) {
            pos++;
        }
    }

    private String string() throws IOException {
        pos++;
        int start = pos;
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == '"') {
                return s.substring(start, pos++);
            }
            if (c == '\\' || c < 0x20) {
                break;
            }
            pos++;
        }
        StringBuilder sb = new StringBuilder(pos - start + 16).append(s, start, pos);
        while (pos < s.length()) {
            char c = s.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c < 0x20) {
                pos--;
                throw invalid("in string literal");
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= s.length()) {
                break;
            }
            char e = s.charAt(pos++);
            switch (e) {
                case '"', '\\', '/' -> sb.append(e);
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > s.length()) {
                        pos = s.length();
                        throw new IOException("unexpected end of JSON input");
                    }
                    int v = 0;
                    for (int i = 0; i < 4; i++) {
                        int d = Character.digit(s.charAt(pos), 16);
                        if (d < 0) {
                            throw invalid("in \\u hexadecimal character escape");
                        }
                        v = v * 16 + d;
                        pos++;
                    }
                    sb.append((char) v);
                }
                default -> {
                    pos--;
                    throw invalid("in string escape code");
                }
            }
        }
        throw new IOException("unexpected end of JSON input");
    }

    private Value array() throws IOException {
        if (++depth > MAX_DEPTH) {
            throw new IOException("exceeded max depth");
        }
        pos++;
        ArrayList<Value> elems = new ArrayList<>();
        skipWs();
        if (pos < s.length() && s.charAt(pos) == ']') {
            pos++;
            depth--;
            return ArrayValue.EMPTY;
        }
        while (true) {
            skipWs();
            elems.add(value());
            skipWs();
            if (pos >= s.length()) {
                throw new IOException("unexpected end of JSON input");
            }
            char c = s.charAt(pos++);
            if (c == ']') {
                depth--;
                return ArrayValue.of(elems.toArray(new Value[0]));
            }
            if (c != ',') {
                pos--;
                throw invalid("after array element");
            }
        }
    }

    private Value object() throws IOException {
        if (++depth > MAX_DEPTH) {
            throw new IOException("exceeded max depth");
        }
        pos++;
        LinkedHashMap<Value, Value> m = new LinkedHashMap<>();
        skipWs();
        if (pos < s.length() && s.charAt(pos) == '}') {
            pos++;
            depth--;
            return ObjectValue.EMPTY;
        }
        while (true) {
            skipWs();
            if (pos >= s.length()) {
                throw new IOException("unexpected end of JSON input");
            }
            if (s.charAt(pos) != '"') {
                throw invalid("looking for beginning of object key string");
            }
            StringValue key = StringValue.of(string());
            skipWs();
            if (pos >= s.length()) {
                throw new IOException("unexpected end of JSON input");
            }
            if (s.charAt(pos) != ':') {
                throw invalid("after object key");
            }
            pos++;
            skipWs();
            m.put(key, value());
            skipWs();
            if (pos >= s.length()) {
                throw new IOException("unexpected end of JSON input");
            }
            char c = s.charAt(pos++);
            if (c == '}') {
                depth--;
                return ObjectValue.wrap(m);
            }
            if (c != ',') {
                pos--;
                throw invalid("after object key:value pair");
            }
        }
    }
}
