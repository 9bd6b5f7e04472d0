package dev.gatehouse.rego.builtin;

import static dev.gatehouse.rego.builtin.Call.j;
import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.rego.value.Value;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtraBuiltinsTest {

    @Test
    void hashesAndHmacsAreLowercaseHex() throws Exception {
        assertThat(j("crypto.md5", "\"\"")).isEqualTo("\"d41d8cd98f00b204e9800998ecf8427e\"");
        assertThat(j("crypto.sha256", "\"abc\""))
                .isEqualTo("\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
        assertThat(j("crypto.hmac.sha256", "\"\"", "\"\""))
                .isEqualTo("\"b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad\"");
        assertThat(j("crypto.hmac.equal", "\"a\"", "\"a\"")).isEqualTo("true");
    }

    @Test
    void yamlRoundTripsAndRejectsBrokenDocuments() throws Exception {
        assertThat(j("yaml.unmarshal", j("yaml.marshal", "[{\"foo\":[1,2,3]}]"))).isEqualTo("[{\"foo\":[1,2,3]}]");
        assertThat(j("yaml.is_valid", "\"foo:\\n - baz: {\"")).isEqualTo("false");
        assertThat(j("yaml.is_valid", "1")).isEqualTo("false");
    }

    @Test
    void membershipAndTemplateStrings() throws Exception {
        assertThat(j("internal.member_2", "2", "{\"a\":2}")).isEqualTo("true");
        assertThat(j("internal.member_3", "1", "\"b\"", "[\"a\",\"b\"]")).isEqualTo("true");
        Value parts = Value.array(Value.of("x="), Value.set(Value.of(1)), Value.of(" "), Value.set(), Value.of(" "),
                Value.set(Value.of("s")), Value.of(" "), Value.set(Value.array(Value.of("t"))));
        assertThat(Call.call("internal.template_string", parts)).isEqualTo(Value.of("x=1 <undefined> s [\"t\"]"));
        assertThat(j("strings.split_n", "\"a,b,c\"", "\",\"", "2")).isEqualTo("[\"a\",\"b,c\"]");
    }

    @Test
    void randomBuiltinsAreStableWithinOneQuery() throws Exception {
        BuiltinContext ctx = BuiltinContext.now();
        Builtin uuid = Builtins.standard().lookup("uuid.rfc4122").function();
        Value first = uuid.call(List.of(Value.of("k")), ctx);
        assertThat(uuid.call(List.of(Value.of("k")), ctx)).isEqualTo(first);
        assertThat(uuid.call(List.of(Value.of("k")), BuiltinContext.now())).isNotEqualTo(first);
        assertThat(j("uuid.parse", first.toString())).contains("\"version\":4");
    }
}
