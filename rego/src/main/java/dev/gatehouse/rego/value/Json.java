package dev.gatehouse.rego.value;

import java.io.IOException;

/** JSON text conversion with exact numbers and Go's escaping rules. */
final class Json {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private Json() {
    }

    static Value parse(String text) throws IOException {
        return JsonReader.read(text);
    }

    /** Appends Go {@code json.Marshal} output for {@code v}; sets become sorted arrays, object keys sorted. */
    static void write(StringBuilder sb, Value v, boolean escapeHtml) {
        switch (v) {
            case NullValue n -> sb.append("null");
            case BooleanValue b -> sb.append(b.value() ? "true" : "false");
            case NumberValue n -> sb.append(n);
            case StringValue s -> quote(sb, s.value(), escapeHtml);
            case ArrayValue a -> {
                sb.append('[');
                for (int i = 0; i < a.size(); i++) {
                    if (i > 0) {
                        sb.append(',');
                    }
                    write(sb, a.get(i), escapeHtml);
                }
                sb.append(']');
            }
            case SetValue s -> {
                sb.append('[');
                boolean first = true;
                for (Value e : s.sorted()) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    write(sb, e, escapeHtml);
                }
                sb.append(']');
            }
            case ObjectValue o -> {
                sb.append('{');
                Value[] keys = o.sortedKeys();
                String[] names = new String[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    names[i] = keys[i] instanceof StringValue s ? s.value() : Values.toJson(keys[i]);
                }
                Integer[] order = new Integer[keys.length];
                for (int i = 0; i < order.length; i++) {
                    order[i] = i;
                }
                java.util.Arrays.sort(order, (x, y) -> StringValue.compareStrings(names[x], names[y]));
                boolean first = true;
                for (int i : order) {
                    if (!first) {
                        sb.append(',');
                    }
                    first = false;
                    quote(sb, names[i], escapeHtml);
                    sb.append(':');
                    write(sb, o.get(keys[i]), escapeHtml);
                }
                sb.append('}');
            }
        }
    }

    /** Go {@code encoding/json} string quoting. */
    static void quote(StringBuilder sb, String s, boolean escapeHtml) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029 || escapeHtml && (c == '<' || c == '>' || c == '&')) {
                        u4(sb, c);
                    } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(i + 1))) {
                        sb.append(c).append(s.charAt(++i));
                    } else if (Character.isSurrogate(c)) {
                        sb.append("\\ufffd");
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static void u4(StringBuilder sb, int c) {
        sb.append("\\u").append(HEX[(c >> 12) & 15]).append(HEX[(c >> 8) & 15])
                .append(HEX[(c >> 4) & 15]).append(HEX[c & 15]);
    }

    /** Go {@code strconv.Quote}: printable runes kept, others escaped. */
    static void quoteGo(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case 7 -> sb.append("\\a");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case 11 -> sb.append("\\v");
                default -> {
                    if (isPrint(cp)) {
                        sb.appendCodePoint(cp);
                    } else if (cp < 0x20 || cp == 0x7f) {
                        sb.append("\\x").append(HEX[cp >> 4]).append(HEX[cp & 15]);
                    } else if (Character.isSurrogate((char) cp) && cp < 0x10000) {
                        sb.append("\\ufffd");
                    } else if (cp < 0x10000) {
                        u4(sb, cp);
                    } else {
                        sb.append("\\U");
                        for (int sh = 28; sh >= 0; sh -= 4) {
                            sb.append(HEX[(cp >> sh) & 15]);
                        }
                    }
                }
            }
        }
        sb.append('"');
    }

    /** Approximates Go's {@code strconv.IsPrint}. */
    static boolean isPrint(int cp) {
        if (cp < 0x7f) {
            return cp >= 0x20;
        }
        int t = Character.getType(cp);
        return switch (t) {
            case Character.UNASSIGNED, Character.CONTROL, Character.FORMAT, Character.PRIVATE_USE,
                 Character.SURROGATE, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }
}
