package dev.gatehouse.rego.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonReaderTest {

    @Test
    void readsAllValueKindsExactly() {
        Value v = Values.fromJson(" {\"a\": [1, -2.50, 1e400, true, false, null], \"s\": \"x\\u00e9\\ud83d\\ude00\\n\"} ");
        assertThat(Values.toJson(v)).isEqualTo("{\"a\":[1,-2.50,1e400,true,false,null],\"s\":\"xé😀\\n\"}");
        assertThat(Values.fromJson("{\"k\":1,\"k\":2}")).isEqualTo(Values.fromJson("{\"k\":2}"));
    }

    @Test
    void rejectsNonJsonWithGoMessages() {
        assertThatThrownBy(() -> Values.fromJson("")).hasMessage("unexpected end of JSON input");
        assertThatThrownBy(() -> Values.fromJson("plainstring"))
                .hasMessage("invalid character 'p' looking for beginning of value");
        assertThatThrownBy(() -> Values.fromJson("[1,]")).hasMessage("invalid character ']' looking for beginning of value");
        assertThatThrownBy(() -> Values.fromJson("{\"a\":1} x")).hasMessage("invalid character 'x' after top-level value");
        assertThatThrownBy(() -> Values.fromJson("01")).hasMessage("invalid character '1' after top-level value");
        assertThatThrownBy(() -> Values.fromJson("{\"a\" 1}")).hasMessage("invalid character '1' after object key");
        assertThatThrownBy(() -> Values.fromJson("\"a\tb\"")).hasMessageContaining("in string literal");
        assertThatThrownBy(() -> Values.fromJson("{")).hasMessage("unexpected end of JSON input");
    }

    @Test
    void limitsNestingInsteadOfOverflowingTheStack() {
        String deep = "[".repeat(5000) + "]".repeat(5000);
        assertThatThrownBy(() -> Values.fromJson(deep)).hasMessage("exceeded max depth");
        assertThat(Values.fromJson("[".repeat(500) + "]".repeat(500))).isInstanceOf(ArrayValue.class);
    }
}
