package dev.gatehouse.rego.value;

/**
 * A Rego string. Length and indexing are by Unicode code point, as in OPA; ordering is by
 * code point (equivalently Go's byte-wise UTF-8 order), not by UTF-16 unit.
 */
public final class StringValue implements Value {
    /** The empty string. */
    public static final StringValue EMPTY = new StringValue("");

    private final String value;
    private int hash;

    private StringValue(String value) {
        this.value = value;
    }

    /** The string {@code s}. */
    public static StringValue of(String s) {
        return s.isEmpty() ? EMPTY : new StringValue(s);
    }

    /** The Java string. */
    public String value() {
        return value;
    }

    /** Number of code points. */
    public int length() {
        String s = value;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return s.codePointCount(0, s.length());
            }
        }
        return s.length();
    }

    /** Compares by code point. */
    public static int compareStrings(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (x != y) {
                if (x >= 0xD800 && y >= 0xD800) {
                    return fix(x) - fix(y);
                }
                return x - y;
            }
        }
        return a.length() - b.length();
    }

    private static int fix(char c) {
        return c >= 0xE000 ? c - 0x800 : c + 0x2000;
    }

    @Override
    public int typeRank() {
        return 3;
    }

    @Override
    public String typeName() {
        return "string";
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof StringValue s && s.value.equals(value);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = value.hashCode() ^ 0x5f3759df;
            hash = h;
        }
        return h;
    }

    /** Quoted as a Rego/JSON string literal. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(value.length() + 2);
        Json.quoteGo(sb, value);
        return sb.toString();
    }
}
