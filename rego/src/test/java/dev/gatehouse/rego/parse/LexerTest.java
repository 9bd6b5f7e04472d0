package dev.gatehouse.rego.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.rego.RegoException;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexerTest {

    private static List<Token> lex(String src) {
        return new Lexer("l.rego", src).tokens();
    }

    @Test
    void decodesStringEscapesAndKeepsRawStringsVerbatim() {
        List<Token> ts = lex("\"a\\tb\\u00e9\\\"\" `c\\d\n e`");
        assertThat(ts.get(0).text()).isEqualTo("a\tbé\"");
        assertThat(ts.get(1).text()).isEqualTo("c\\d\n e");
    }

    @Test
    void keepsNumberTextForArbitraryPrecision() {
        List<Token> ts = lex("340282366920938463463374607431768211456 1.5e-3 0.25");
        assertThat(ts).extracting(Token::text)
            .containsExactly("340282366920938463463374607431768211456", "1.5e-3", "0.25", "");
    }

    @Test
    void recordsLineBreaksAndPositions() {
        List<Token> ts = lex("a :=\n  1 # comment\nb");
        assertThat(ts.get(0).loc().row()).isEqualTo(1);
        assertThat(ts.get(2).newline()).isTrue();
        assertThat(ts.get(2).loc().row()).isEqualTo(2);
        assertThat(ts.get(2).loc().col()).isEqualTo(3);
        assertThat(ts.get(3).text()).isEqualTo("b");
    }

    @Test
    void splitsTemplateStringsIntoLiteralAndExpressionParts() {
        Token t = lex("$\"x {a + {\"k\": 1}[\"k\"]} \\{y} {$\"{b}\"}\"").get(0);
        assertThat(t.kind()).isEqualTo(Token.Kind.TEMPLATE);
        assertThat(t.parts()).containsExactly("x ", "a + {\"k\": 1}[\"k\"]", " {y} ", "$\"{b}\"", "");
    }

    @Test
    void rejectsUnterminatedStrings() {
        assertThatThrownBy(() -> lex("\"abc\nx"))
            .isInstanceOf(RegoException.class)
            .hasMessageContaining("l.rego:1: rego_parse_error: non-terminated string");
    }
}
