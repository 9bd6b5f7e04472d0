package dev.gatehouse.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendFieldsTest {
    private static String fieldOf(BackendFields fields) {
        try {
            fields.toSpec();
        } catch (InvalidBackendException e) {
            return e.field();
        }
        throw new AssertionError("expected an InvalidBackendException for " + fields);
    }

    @Test
    void buildsAnHttpSpecEnabledByDefault() {
        BackendSpec spec = new BackendFields("remote", "http", "http://127.0.0.1:3001/mcp", null, null, null,
                "remote-token", null).toSpec();

        assertThat(spec).isEqualTo(new BackendSpec("remote", true,
                new HttpTransportSpec(URI.create("http://127.0.0.1:3001/mcp")), "remote-token", 0));
    }

    @Test
    void buildsAStdioSpec() {
        BackendSpec spec = new BackendFields("everything", "stdio", null, "npx",
                List.of("-y", "@modelcontextprotocol/server-everything"), Map.of("DEBUG", "1"), "", false).toSpec();

        assertThat(spec.enabled()).isFalse();
        assertThat(spec.credential()).isNull();
        assertThat(spec.transport()).isEqualTo(new StdioTransportSpec("npx",
                List.of("-y", "@modelcontextprotocol/server-everything"), Map.of("DEBUG", "1")));
    }

    @Test
    void namesTheInvalidField() {
        assertThat(fieldOf(new BackendFields(null, "http", "http://h/", null, null, null, null, null))).isEqualTo("name");
        assertThat(fieldOf(new BackendFields("has space", "http", "http://h/", null, null, null, null, null))).isEqualTo("name");
        assertThat(fieldOf(new BackendFields("a", null, null, null, null, null, null, null))).isEqualTo("transport");
        assertThat(fieldOf(new BackendFields("a", "ftp", null, null, null, null, null, null))).isEqualTo("transport");
        assertThat(fieldOf(new BackendFields("a", "http", null, null, null, null, null, null))).isEqualTo("url");
        assertThat(fieldOf(new BackendFields("a", "http", "not a url", null, null, null, null, null))).isEqualTo("url");
        assertThat(fieldOf(new BackendFields("a", "http", "file:///etc/passwd", null, null, null, null, null))).isEqualTo("url");
        assertThat(fieldOf(new BackendFields("a", "http", "http://h/", "node", null, null, null, null))).isEqualTo("command");
        assertThat(fieldOf(new BackendFields("a", "stdio", null, " ", null, null, null, null))).isEqualTo("command");
        assertThat(fieldOf(new BackendFields("a", "stdio", "http://h/", "node", null, null, null, null))).isEqualTo("url");
        assertThat(fieldOf(new BackendFields("a", "stdio", null, "node", null, Map.of("1X", "v"), null, null))).isEqualTo("env");
        assertThat(fieldOf(new BackendFields("a", "stdio", null, "node", List.of("x".repeat(7001)), null, null, null))).isEqualTo("args");
        assertThat(fieldOf(new BackendFields("a", "http", "http://h/" + "p".repeat(2048), null, null, null, null, null))).isEqualTo("url");
    }

    @Test
    void rejectsAnInvalidNameWithAClearMessage() {
        assertThatThrownBy(() -> new BackendFields("a/b", "http", "http://h/", null, null, null, null, null).toSpec())
                .hasMessageContaining("letters, digits");
    }
}
