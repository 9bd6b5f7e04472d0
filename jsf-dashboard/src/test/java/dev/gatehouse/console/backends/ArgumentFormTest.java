package dev.gatehouse.console.backends;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.console.backends.ArgumentField.Kind;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArgumentFormTest {
    private static JsonNode schema(String json) throws Exception {
        return ArgumentForm.JSON.readTree(json);
    }

    private static final String ALL_KINDS = """
            {"type":"object","required":["message","count"],"properties":{
              "message":{"type":"string","description":"what to echo"},
              "body":{"type":"string","maxLength":5000},
              "when":{"type":"string","format":"date-time"},
              "count":{"type":"integer","default":3},
              "ratio":{"type":["number","null"]},
              "loud":{"type":"boolean","default":false},
              "color":{"type":"string","enum":["red","green"],"default":"green"},
              "tags":{"type":"array","items":{"type":"string"},"default":["a","b"]},
              "sizes":{"type":"array","items":{"type":"integer"}},
              "options":{"type":"object","properties":{"x":{"type":"string"}}},
              "either":{"anyOf":[{"type":"string"},{"type":"number"}]}
            }}""";

    @Test
    void buildsOneFieldPerPropertyWithTheInputThatFitsItsType() throws Exception {
        ArgumentForm form = ArgumentForm.of(schema(ALL_KINDS));

        assertThat(form.fields()).extracting(ArgumentField::name).containsExactly(
                "message", "body", "when", "count", "ratio", "loud", "color", "tags", "sizes", "options", "either");
        assertThat(form.fields()).extracting(ArgumentField::kind).containsExactly(
                Kind.TEXT, Kind.LONG_TEXT, Kind.TEXT, Kind.INTEGER, Kind.NUMBER, Kind.BOOLEAN, Kind.ENUM,
                Kind.LIST, Kind.LIST, Kind.JSON, Kind.JSON);
        assertThat(form.fields()).filteredOn(ArgumentField::required).extracting(ArgumentField::name)
                .containsExactly("message", "count");
        assertThat(form.fields().get(0).description()).isEqualTo("what to echo");
        assertThat(form.fields().get(8).type()).isEqualTo("array of integer");
    }

    @Test
    void prefillsDefaults() throws Exception {
        Map<String, String> initial = ArgumentForm.of(schema(ALL_KINDS)).initialValues();

        assertThat(initial).containsEntry("count", "3").containsEntry("loud", "false")
                .containsEntry("color", "\"green\"").containsEntry("tags", "a\nb").containsEntry("message", "");
    }

    @Test
    void turnsSubmittedTextsIntoTypedArgumentsAndLeavesBlankOptionalFieldsOut() throws Exception {
        ArgumentForm form = ArgumentForm.of(schema(ALL_KINDS));
        Map<String, String> values = new HashMap<>(form.initialValues());
        values.put("message", "hello");
        values.put("ratio", " 0.5 ");
        values.put("sizes", "1\n\n 2 ");
        values.put("options", "{\"x\":\"y\"}");
        values.put("either", "7");

        ArgumentForm.Submission submission = form.bind(values);

        assertThat(submission.ok()).isTrue();
        assertThat(submission.arguments().toString()).isEqualTo("{\"message\":\"hello\",\"count\":3,\"ratio\":0.5,"
                + "\"loud\":false,\"color\":\"green\",\"tags\":[\"a\",\"b\"],\"sizes\":[1,2],\"options\":{\"x\":\"y\"},\"either\":7}");
    }

    @Test
    void reportsEveryBadFieldWithItsOwnMessage() throws Exception {
        ArgumentForm form = ArgumentForm.of(schema(ALL_KINDS));

        ArgumentForm.Submission submission = form.bind(Map.of("count", "three", "ratio", "1,5", "sizes", "1\nx",
                "options", "{\"x\":", "color", "\"blue\""));

        assertThat(submission.ok()).isFalse();
        assertThat(submission.errors()).containsEntry("message", "is required")
                .containsEntry("count", "'three' is not a whole number")
                .containsEntry("ratio", "'1,5' is not a number")
                .containsEntry("sizes", "line 2: 'x' is not a whole number")
                .containsEntry("color", "must be one of red, green");
        assertThat(submission.errors().get("options")).startsWith("is not valid JSON").contains("line 1");
    }

    @Test
    void aSchemaWithoutPropertiesIsAnEmptyFormThatSubmitsAnEmptyObject() throws Exception {
        ArgumentForm form = ArgumentForm.of(schema("{\"type\":\"object\"}"));

        assertThat(form.fields()).isEmpty();
        assertThat(form.bind(Map.of()).arguments().isEmpty()).isTrue();
        assertThat(ArgumentForm.of(null).fields()).isEmpty();
    }
}
