package dev.gatehouse.rego.builtin;

import static dev.gatehouse.rego.builtin.Call.j;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TemplateLookupBuiltinsTest {

    @Test
    void rendersGoTemplates() throws Exception {
        assertThat(j("strings.render_template",
                "\"{{range $i, $name := .names}}{{if $i}},{{end}}hello {{$name}}{{end}}\"",
                "{\"names\":[\"rohan\",\"john doe\"]}")).isEqualTo("\"hello rohan,hello john doe\"");
        assertThat(j("strings.render_template", "\"test {{.foo}} {{.baz}}\"", "{\"baz\":1}"))
                .isEqualTo("\"test \\u003cundefined\\u003e 1\"");
        assertThat(j("strings.render_template", "\"{{if eq .a 1}}one{{else}}other{{end}} {{printf \\\"%03d\\\" .a}}\"",
                "{\"a\":1}")).isEqualTo("\"one 001\"");
        assertThat(j("strings.render_template", "\"{{.l}} {{len .l}}\"", "{\"l\":[1,\"x\"]}"))
                .isEqualTo("\"[1 x] 2\"");
    }

    @Test
    void lookupAnswersLiteralsWithoutDns() throws Exception {
        assertThat(j("net.lookup_ip_addr", "\"10.0.0.0\"")).isEqualTo("[\"10.0.0.0\"]");
        assertThat(j("net.lookup_ip_addr", "\"::\"")).isEqualTo("[\"::\"]");
        assertThatThrownBy(() -> j("net.lookup_ip_addr", "\"example.com\""))
                .hasMessage("net.lookup_ip_addr: name resolution is not supported: example.com");
    }

    @Test
    void unexpectedFailuresBecomeBuiltinErrors() {
        assertThatThrownBy(() -> j("strings.render_template", "\"{{lt .missing 1}}\"", "{}"))
                .isInstanceOfSatisfying(BuiltinException.class, e -> assertThat(e.code()).isEqualTo("eval_builtin_error"))
                .hasMessageStartingWith("strings.render_template: ");
    }
}
