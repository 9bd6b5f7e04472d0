package dev.gatehouse.rego.builtin;

import static dev.gatehouse.rego.builtin.Call.j;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ObjectJsonBuiltinsTest {

    @Test
    void objectGetFollowsPathsAndDefaults() throws Exception {
        assertThat(j("object.get", "{\"a\":{\"b\":[1,2]}}", "[\"a\",\"b\",1]", "0")).isEqualTo("2");
        assertThat(j("object.get", "{\"a\":\"b\"}", "\"c\"", "\"c\"")).isEqualTo("\"c\"");
        assertThat(j("object.get", "{\"a\":1}", "[]", "0")).isEqualTo("{\"a\":1}");
    }

    @Test
    void unionMergesRecursivelyWithRightPrecedence() throws Exception {
        assertThat(j("object.union", "{\"a\":{\"b\":1,\"c\":2},\"d\":1}", "{\"a\":{\"b\":3},\"d\":{\"x\":1}}"))
                .isEqualTo("{\"a\":{\"b\":3,\"c\":2},\"d\":{\"x\":1}}");
        assertThatThrownBy(() -> j("object.remove", "{}", "\"a\""))
                .hasMessage("object.remove: operand 2 must be one of {object, set, array} but got string");
    }

    @Test
    void jsonFilterAndRemoveByPaths() throws Exception {
        assertThat(j("json.filter", "{\"a\":{\"b\":{\"c\":7,\"d\":8}},\"e\":9}", "[\"a/b/c\",\"e\"]"))
                .isEqualTo("{\"a\":{\"b\":{\"c\":7}},\"e\":9}");
        assertThat(j("json.filter", "{\"a\":[{\"1\":[\"b\",\"c\",\"d\"]},{\"x\":\"y\"}]}", "[\"a/0/1/2\"]"))
                .isEqualTo("{\"a\":[{\"1\":[\"d\"]}]}");
        assertThat(j("json.remove", "{\"a\":{\"b\":{\"c\":7,\"d\":8}},\"e\":9}", "[\"a/b/c\",\"e\"]"))
                .isEqualTo("{\"a\":{\"b\":{\"d\":8}}}");
        assertThatThrownBy(() -> j("json.remove", "{}", "[{}]")).hasMessage("json.remove: operand 2 must be one of "
                + "{set, array} containing string paths or array of path segments but got object");
    }

    @Test
    void jsonPatchAppliesOperationsOrIsUndefined() throws Exception {
        assertThat(j("json.patch", "{\"a\":[1,2]}", "[{\"op\":\"add\",\"path\":\"/a/-\",\"value\":3},"
                + "{\"op\":\"replace\",\"path\":\"/a/0\",\"value\":0}]")).isEqualTo("{\"a\":[0,2,3]}");
        assertThat(j("json.patch", "{\"a\":1}", "[{\"op\":\"test\",\"path\":\"/a\",\"value\":2}]"))
                .isEqualTo("undefined");
    }

    @Test
    void marshalsLikeGo() throws Exception {
        assertThat(j("json.marshal", "{\"b\":\"<\",\"a\":[1.5]}")).isEqualTo("\"{\\\"a\\\":[1.5],\\\"b\\\":\\\"\\\\u003c\\\"}\"");
        assertThat(Call.json("json.marshal_with_options", "[1,{\"a\":[]}]", "{\"prefix\":\"P\"}").toString())
                .isEqualTo("\"P[\\nP\\t1,\\nP\\t{\\nP\\t\\t\\\"a\\\": []\\nP\\t}\\nP]\"");
        assertThatThrownBy(() -> j("json.marshal_with_options", "[]", "{\"x\":true}"))
                .hasMessage("json.marshal_with_options: object contained unknown key \"x\"");
        assertThat(j("json.unmarshal", "\"[18446744073709551617]\"")).isEqualTo("[18446744073709551617]");
        assertThat(j("json.is_valid", "\"{\"")).isEqualTo("false");
    }
}
