package dev.gatehouse.rego.parse;

import dev.gatehouse.rego.ast.Location;

/**
 * A lexical token. {@code text} is the identifier, operator, number text or decoded string value.
 *
 * @param kind       token class
 * @param text       text (decoded for strings)
 * @param loc        start position
 * @param newline    whether a line break separates this token from the previous one
 * @param end        offset just past the token in the source
 * @param parts      for template strings: literal text at even indices, expression source at odd indices
 */
record Token(Kind kind, String text, Location loc, boolean newline, int end, java.util.List<String> parts) {
    Token(Kind kind, String text, Location loc, boolean newline, int end) {
        this(kind, text, loc, newline, end, null);
    }

    enum Kind { IDENT, NUMBER, STRING, TEMPLATE, OP, EOF }

    boolean is(String op) {
        return (kind == Kind.OP || kind == Kind.IDENT) && text.equals(op);
    }
}
