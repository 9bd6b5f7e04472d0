package dev.gatehouse.rego.parse;

import dev.gatehouse.rego.RegoError;
import dev.gatehouse.rego.RegoException;
import java.util.List;
import java.util.Set;

/** Token access and error helpers shared by the parser layers. */
abstract class TokenStream {
    protected static final Set<String> KEYWORDS = Set.of("not", "with", "some", "every", "in", "if", "contains",
        "else", "default", "package", "import", "as");

    protected final List<Token> toks;
    protected final List<Lexer.Comment> comments;
    protected int p;

    TokenStream(String file, String src) {
        Lexer lexer = new Lexer(file, src);
        this.toks = lexer.tokens();
        this.comments = lexer.comments;
    }

    /** Whether the token after the current one continues a reference ({@code .} or {@code [} on the same line). */
    boolean refFollows() {
        Token n = toks.get(Math.min(p + 1, toks.size() - 1));
        return !n.newline() && (n.is(".") || n.is("["));
    }

    Token peek() {
        return toks.get(p);
    }

    Token next() {
        Token t = toks.get(p);
        if (t.kind() != Token.Kind.EOF) {
            p++;
        }
        return t;
    }

    boolean at(Token.Kind k) {
        return peek().kind() == k;
    }

    boolean accept(String op) {
        if (peek().is(op) && peek().kind() == Token.Kind.OP) {
            p++;
            return true;
        }
        return false;
    }

    void expect(String op) {
        if (!accept(op)) {
            throw err(peek(), "unexpected " + describe(peek()) + " token: expected " + op);
        }
    }

    String ident() {
        Token t = next();
        if (t.kind() != Token.Kind.IDENT) {
            throw err(t, "unexpected " + describe(t) + " token: expected ident");
        }
        return t.text();
    }

    String describe(Token t) {
        return switch (t.kind()) {
            case EOF -> "eof";
            case STRING -> "string";
            case NUMBER -> "number";
            case IDENT -> KEYWORDS.contains(t.text()) ? t.text() + " keyword" : "ident";
            default -> t.text();
        };
    }

    RegoException err(Token t, String msg) {
        return new RegoException(RegoError.at("rego_parse_error", t.loc(), msg));
    }
}
