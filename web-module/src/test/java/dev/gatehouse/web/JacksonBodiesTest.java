package dev.gatehouse.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gatehouse.protocol.McpJson;
import dev.gatehouse.web.admin.BackendRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JacksonBodiesTest {
    private final JacksonBodies bodies = new JacksonBodies();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object read(Class type, String json) throws Exception {
        return bodies.readFrom(type, type, new Annotation[0], null, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsWireRecords() throws Exception {
        BackendRequest request = (BackendRequest) read(BackendRequest.class,
                "{\"name\":\"a\",\"transport\":\"stdio\",\"command\":\"node\",\"args\":[\"x\"]}");

        assertThat(request.command()).isEqualTo("node");
        assertThat(request.args()).containsExactly("x");
    }

    @Test
    void writesJacksonTreesUnchanged() throws Exception {
        JsonNode tree = McpJson.readTree("{\"inputSchema\":{\"type\":\"object\",\"n\":1.10}}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        bodies.writeTo(tree, JsonNode.class, JsonNode.class, new Annotation[0], null, null, out);

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("{\"inputSchema\":{\"type\":\"object\",\"n\":1.10}}");
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThatThrownBy(() -> read(BackendRequest.class, "{\"name\": "))
                .isInstanceOf(MalformedBodyException.class).hasMessageContaining("malformed JSON at line 1");
    }

    @Test
    void unknownFieldsAndWrongTypesNameTheField() {
        assertThatThrownBy(() -> read(BackendRequest.class, "{\"name\":\"a\",\"colour\":\"red\"}"))
                .isInstanceOf(MalformedBodyException.class)
                .satisfies(e -> assertThat(((MalformedBodyException) e).field()).isEqualTo("colour"));
        assertThatThrownBy(() -> read(BackendRequest.class, "{\"args\":{\"a\":1}}"))
                .satisfies(e -> assertThat(((MalformedBodyException) e).field()).isEqualTo("args"));
    }
}
