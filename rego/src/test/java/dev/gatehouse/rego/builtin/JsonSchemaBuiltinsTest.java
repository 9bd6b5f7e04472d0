package dev.gatehouse.rego.builtin;

import static dev.gatehouse.rego.builtin.Call.j;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonSchemaBuiltinsTest {
    private static final String SCHEMA = "{\"properties\":{\"id\":{\"type\":\"integer\"},\"tags\":{\"type\":\"array\","
            + "\"items\":{\"type\":\"string\",\"maxLength\":3}}},\"required\":[\"id\"],\"additionalProperties\":false}";

    @Test
    void matchReportsGojsonschemaRecords() throws Exception {
        assertThat(j("json.match_schema", "{\"id\":5}", SCHEMA)).isEqualTo("[true,[]]");
        assertThat(j("json.match_schema", "{\"id\":\"foo\"}", SCHEMA)).isEqualTo("[false,[{\"desc\":\"Invalid type. "
                + "Expected: integer, given: string\",\"error\":\"id: Invalid type. Expected: integer, given: string\","
                + "\"field\":\"id\",\"type\":\"invalid_type\"}]]");
        assertThat(j("json.match_schema", "{\"tags\":[\"abcd\"],\"x\":1}", SCHEMA))
                .contains("\"(root): id is required\"")
                .contains("\"tags.0: String length must be less than or equal to 3\"")
                .contains("\"(root): Additional property x is not allowed\"");
    }

    @Test
    void verifyRejectsUnknownTypes() throws Exception {
        assertThat(j("json.verify_schema", "\"{\\\"type\\\": \\\"boolean\\\"}\"")).isEqualTo("[true,null]");
        assertThat(j("json.verify_schema", "{\"type\":\"unknown_type\"}")).isEqualTo("[false,\"jsonschema: has a "
                + "primitive type that is NOT VALID -- given: /unknown_type/ Expected valid values are:[array boolean "
                + "integer number null object string]\"]");
        assertThatThrownBy(() -> j("json.match_schema", "{}", "{\"type\":\"x\"}"))
                .hasMessageStartingWith("json.match_schema: has a primitive type that is NOT VALID -- given: /x/");
    }
}
