package dev.gatehouse.rego.builtin;

import static dev.gatehouse.rego.builtin.Call.j;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.rego.value.Value;
import dev.gatehouse.rego.value.Values;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphMiscBuiltinsTest {

    @Test
    void walkYieldsPathValuePairsPreOrderWithSortedKeys() throws Exception {
        List<String> out = new ArrayList<>();
        Builtins.standard().lookup("walk").relation().call(List.of(Values.fromJson("{\"b\":[1],\"a\":2}")),
                BuiltinContext.now(), v -> out.add(Values.toJson(v)));
        assertThat(out).containsExactly("[[],{\"a\":2,\"b\":[1]}]", "[[\"a\"],2]", "[[\"b\"],[1]]", "[[\"b\",0],1]");
    }

    @Test
    void reachableFollowsEdgesOfKnownNodes() throws Exception {
        assertThat(j("graph.reachable", "{\"a\":[\"b\"],\"b\":[\"c\"],\"c\":[\"a\"],\"d\":[]}", "[\"a\"]"))
                .isEqualTo("[\"a\",\"b\",\"c\"]");
        assertThat(j("graph.reachable", "{}", "[\"a\"]")).isEqualTo("[]");
        assertThat(j("graph.reachable_paths", "{\"a\":[\"b\"],\"b\":[]}", "[\"a\",\"b\"]"))
                .isEqualTo("[[\"a\",\"b\"],[\"b\"]]");
    }

    @Test
    void semverUsesPrecedenceRules() throws Exception {
        assertThat(j("semver.compare", "\"1.0.0-alpha\"", "\"1.0.0\"")).isEqualTo("-1");
        assertThat(j("semver.compare", "\"1.0.0-alpha.10\"", "\"1.0.0-alpha.9\"")).isEqualTo("1");
        assertThat(j("semver.is_valid", "\"01.0.0\"")).isEqualTo("false");
        assertThatThrownBy(() -> j("semver.compare", "\"1\"", "\"1.0.0\""))
                .hasMessage("semver.compare: operand 1: string \"1\" is not a valid SemVer");
    }

    @Test
    void uuidParseAcceptsGoogleUuidFormsAndDecodesVersion2() throws Exception {
        assertThat(j("uuid.parse", "\"{00000000-0000-4000-8000-000000000000}\""))
                .isEqualTo("{\"variant\":\"RFC4122\",\"version\":4}");
        assertThat(j("uuid.parse", "\"URN:UUID:000003e8-48b9-21ee-b200-325096b39f47\"")).isEqualTo(
                "{\"clocksequence\":12800,\"domain\":\"Person\",\"id\":1000,\"macvariables\":\"local:unicast\","
                        + "\"nodeid\":\"32-50-96-b3-9f-47\",\"time\":1693566990121469600,\"variant\":\"RFC4122\",\"version\":2}");
        assertThat(j("uuid.parse", "\"not-a-uuid\"")).isEqualTo("undefined");
    }

    @Test
    void timeNowIsTheContextsStableTime() throws Exception {
        Value a = Call.call("time.now_ns");
        assertThat(a).isEqualTo(Call.call("time.now_ns")).isEqualTo(Value.of(1_700_000_000_123_456_789L));
    }
}
