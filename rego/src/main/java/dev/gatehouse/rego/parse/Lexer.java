package dev.gatehouse.rego.parse;

import dev.gatehouse.rego.RegoError;
import dev.gatehouse.rego.RegoException;
import dev.gatehouse.rego.ast.Location;
import java.util.ArrayList;
import java.util.List;

/** Splits Rego source into tokens. Comments are dropped; line breaks are recorded on the following token. */
final class Lexer {
    private static final String[] OPS = {":=", "==", "!=", "<=", ">=", "<", ">", "=", "+", "-", "*", "/", "%",
        "&", "|", ".", ",", ";", ":", "[", "]", "{", "}", "(", ")"};

    /** A {@code #} comment: its row, column and text after the {@code #}. */
    record Comment(int row, int col, String text) { }

    final List<Comment> comments = new ArrayList<>();
    private final String file;
    private final String src;
    private int pos;
    private int row = 1;
    private int lineStart;

    Lexer(String file, String src) {
        this.file = file;
        this.src = src;
    }

    List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        boolean nl = true;
        while (true) {
            // skip whitespace and comments
            while (pos < src.length()) {
                char c = src.charAt(pos);
                if (c == '\n') {
                    nl = true;
                    pos++;
                    row++;
                    lineStart = pos;
                } else if (c == ' ' || c == '\t' || c == '\r') {
                    pos++;
                } else if (c == '#') {
                    int s = pos;
                    while (pos < src.length() && src.charAt(pos) != '\n') {
                        pos++;
                    }
                    comments.add(new Comment(row, s - lineStart + 1, src.substring(s + 1, pos)));
                } else {
                    break;
                }
            }
            Location loc = new Location(file, row, pos - lineStart + 1);
            if (pos >= src.length()) {
                out.add(new Token(Token.Kind.EOF, "", loc, true, pos));
                return out;
            }
            char c = src.charAt(pos);
            Token t;
            if (Character.isLetter(c) || c == '_') {
                int s = pos;
                while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')) {
                    pos++;
                }
                t = new Token(Token.Kind.IDENT, src.substring(s, pos), loc, nl, pos);
            } else if (c >= '0' && c <= '9') {
                t = new Token(Token.Kind.NUMBER, number(loc), loc, nl, pos);
            } else if (c == '.' && pos + 1 < src.length() && Character.isDigit(src.charAt(pos + 1))
                    && !out.isEmpty() && !endsOperand(out.get(out.size() - 1), nl)) {
                t = new Token(Token.Kind.NUMBER, "0" + number(loc), loc, nl, pos);
            } else if (c == '"') {
                t = new Token(Token.Kind.STRING, string(loc), loc, nl, pos);
            } else if (c == '`') {
                int s = ++pos;
                while (pos < src.length() && src.charAt(pos) != '`') {
                    if (src.charAt(pos) == '\n') {
                        row++;
                        lineStart = pos + 1;
                    }
                    pos++;
                }
                if (pos >= src.length()) {
                    throw err(loc, "non-terminated raw string");
                }
                t = new Token(Token.Kind.STRING, src.substring(s, pos++), loc, nl, pos);
            } else if (c == '$' && pos + 1 < src.length() && (src.charAt(pos + 1) == '"' || src.charAt(pos + 1) == '`')) {
                List<String> parts = template(loc);
                t = new Token(Token.Kind.TEMPLATE, "", loc, nl, pos, parts);
            } else {
                String op = null;
                for (String o : OPS) {
                    if (src.startsWith(o, pos)) {
                        op = o;
                        break;
                    }
                }
                if (op == null) {
                    throw err(loc, "illegal token");
                }
                pos += op.length();
                t = new Token(Token.Kind.OP, op, loc, nl, pos);
            }
            out.add(t);
            nl = false;
        }
    }

    private static boolean endsOperand(Token t, boolean nl) {
        if (nl) {
            return false;
        }
        return t.kind() == Token.Kind.IDENT || t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.STRING
            || t.is(")") || t.is("]") || t.is("}");
    }

    private String number(Location loc) {
        int s = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
        }
        if (pos < src.length() && src.charAt(pos) == '.' && pos + 1 < src.length()
                && Character.isDigit(src.charAt(pos + 1))) {
            pos++;
            while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                pos++;
            }
        }
        if (pos < src.length() && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < src.length() && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        if (pos < src.length() && (Character.isLetter(src.charAt(pos)) || src.charAt(pos) == '_')) {
            throw err(loc, "illegal number format");
        }
        return src.substring(s, pos);
    }

    /** Scans {@code $"..."} or {@code $`...`}: literal text and {@code {expr}} sources, alternating. */
    private List<String> template(Location loc) {
        boolean raw = src.charAt(pos + 1) == '`';
        char close = raw ? '`' : '"';
        pos += 2;
        List<String> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (true) {
            if (pos >= src.length() || (!raw && src.charAt(pos) == '\n')) {
                throw err(loc, "non-terminated template string");
            }
            char c = src.charAt(pos);
            if (c == close) {
                pos++;
                parts.add(lit.toString());
                return parts;
            }
            if (c == '\\' && pos + 1 < src.length() && src.charAt(pos + 1) == '{') {
                lit.append('{');
                pos += 2;
                continue;
            }
            if (c == '{') {
                parts.add(lit.toString());
                lit.setLength(0);
                int start = ++pos;
                skipBalanced(loc);
                parts.add(src.substring(start, pos - 1));
                continue;
            }
            if (c == '\n') {
                row++;
                lineStart = pos + 1;
            }
            if (!raw && c == '\\') {
                lit.append(string1(loc));
                continue;
            }
            lit.append(c);
            pos++;
        }
    }

    /** Decodes one escape sequence starting at the backslash at {@code pos}. */
    private String string1(Location loc) {
        if (pos + 1 >= src.length()) {
            throw err(loc, "non-terminated string");
        }
        char e = src.charAt(pos + 1);
        pos += 2;
        switch (e) {
            case '"', '\\', '/' -> {
                return String.valueOf(e);
            }
            case 'b' -> {
                return "\b";
            }
            case 'f' -> {
                return "\f";
            }
            case 'n' -> {
                return "\n";
            }
            case 'r' -> {
                return "\r";
            }
            case 't' -> {
                return "\t";
            }
            case 'u' -> {
                if (pos + 4 > src.length()) {
                    throw err(loc, "illegal escape sequence");
                }
                try {
                    String out = String.valueOf((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                    pos += 4;
                    return out;
                } catch (NumberFormatException ex) {
                    throw err(loc, "illegal escape sequence");
                }
            }
            default -> throw err(loc, "illegal escape sequence");
        }
    }

    /** Advances past the {@code }} matching an already consumed {@code {}, skipping strings and templates. */
    private void skipBalanced(Location loc) {
        int depth = 1;
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '"') {
                string(loc);
                continue;
            }
            if (c == '`') {
                int e = src.indexOf('`', pos + 1);
                if (e < 0) {
                    throw err(loc, "non-terminated raw string");
                }
                pos = e + 1;
                continue;
            }
            if (c == '$' && pos + 1 < src.length() && (src.charAt(pos + 1) == '"' || src.charAt(pos + 1) == '`')) {
                template(loc);
                continue;
            }
            pos++;
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return;
            }
        }
        throw err(loc, "non-terminated template expression");
    }

    private String string(Location loc) {
        pos++;
        StringBuilder sb = new StringBuilder();
        while (true) {
            if (pos >= src.length() || src.charAt(pos) == '\n') {
                throw err(loc, "non-terminated string");
            }
            char c = src.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            if (pos >= src.length()) {
                throw err(loc, "non-terminated string");
            }
            char e = src.charAt(pos++);
            switch (e) {
                case '"' -> sb.append('"');
                case '\\' -> sb.append('\\');
                case '/' -> sb.append('/');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    if (pos + 4 > src.length()) {
                        throw err(loc, "illegal escape sequence");
                    }
                    try {
                        sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw err(loc, "illegal escape sequence");
                    }
                    pos += 4;
                }
                default -> throw err(loc, "illegal escape sequence");
            }
        }
    }

    private RegoException err(Location loc, String msg) {
        return new RegoException(RegoError.at("rego_parse_error", loc, msg));
    }
}
