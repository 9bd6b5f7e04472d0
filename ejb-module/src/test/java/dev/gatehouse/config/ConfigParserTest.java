package dev.gatehouse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.registry.HttpTransportSpec;
import dev.gatehouse.registry.StdioTransportSpec;
import dev.gatehouse.vault.BearerCredential;
import dev.gatehouse.vault.EnvCredential;
import dev.gatehouse.vault.HeadersCredential;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigParserTest {
    private final ConfigParser parser = new ConfigParser(Map.of("REMOTE_TOKEN", "tok-from-env", "KEY", "k-secret")::get);

    static final String ISSUE_EXAMPLE = """
            credentials:
              - name: remote-token
                kind: bearer
                token: ${REMOTE_TOKEN}
            backends:
              - name: everything
                transport: stdio
                command: npx
                args: ["-y", "@modelcontextprotocol/server-everything"]
              - name: remote
                transport: http
                url: http://127.0.0.1:3001/mcp
                credential: remote-token
            """;

    @Test
    void readsTheIssueExample() {
        ConfigDocument doc = parser.parse(ISSUE_EXAMPLE);

        assertThat(doc.credentials()).containsExactly(new NamedCredential("remote-token", new BearerCredential("tok-from-env")));
        assertThat(doc.backends()).containsExactly(
                new BackendSpec("everything", true, new StdioTransportSpec("npx",
                        List.of("-y", "@modelcontextprotocol/server-everything"), Map.of()), null, 0),
                new BackendSpec("remote", true, new HttpTransportSpec(URI.create("http://127.0.0.1:3001/mcp")),
                        "remote-token", 0));
    }

    @Test
    void readsHeadersEnvAndTheEnabledFlag() {
        ConfigDocument doc = parser.parse("""
                credentials:
                  - {name: api, kind: headers, headers: {X-Api-Key: "${KEY}", X-Tenant: acme}}
                  - {name: proc, kind: env, env: {API_KEY: "${KEY}"}}
                backends:
                  - {name: off, transport: stdio, command: node, env: {DEBUG: "1"}, credential: proc, enabled: false}
                """);

        assertThat(doc.credentials()).extracting(NamedCredential::value).containsExactly(
                new HeadersCredential(Map.of("X-Api-Key", "k-secret", "X-Tenant", "acme")),
                new EnvCredential(Map.of("API_KEY", "k-secret")));
        assertThat(doc.backends().getFirst().enabled()).isFalse();
        assertThat(doc.backends().getFirst().transport()).isEqualTo(new StdioTransportSpec("node", List.of(), Map.of("DEBUG", "1")));
    }

    @Test
    void anEmptyFileIsAnEmptyDocument() {
        assertThat(parser.parse("")).isEqualTo(ConfigDocument.EMPTY);
        assertThat(parser.parse("backends: []")).isEqualTo(ConfigDocument.EMPTY);
    }

    @Test
    void rejectsUnknownKeysWithTheirPath() {
        assertThatThrownBy(() -> parser.parse("backends:\n  - {name: a, transport: http, url: 'http://h/', uri: x}"))
                .isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).path()).isEqualTo("backends[0].uri"));
        assertThatThrownBy(() -> parser.parse("roles: []"))
                .satisfies(e -> assertThat(((ConfigException) e).path()).isEqualTo("roles"));
    }

    @Test
    void aMissingVariableNamesItAndThePathButNoValue() {
        ConfigParser bare = new ConfigParser(name -> null);

        assertThatThrownBy(() -> bare.parse(ISSUE_EXAMPLE))
                .hasMessage("credentials[0].token: environment variable REMOTE_TOKEN is not set");
        assertThatThrownBy(() -> {
            try {
                bare.parse(ISSUE_EXAMPLE);
            } catch (ConfigException e) {
                throw e.in("gatehouse.yaml");
            }
        }).hasMessage("gatehouse.yaml: credentials[0].token: environment variable REMOTE_TOKEN is not set");
    }

    @Test
    void validationErrorsCarryTheYamlPath() {
        assertThatThrownBy(() -> parser.parse("backends:\n  - {name: a, transport: http}"))
                .satisfies(e -> assertThat(((ConfigException) e).path()).isEqualTo("backends[0].url"));
        assertThatThrownBy(() -> parser.parse("credentials:\n  - {name: c, kind: bearer}"))
                .satisfies(e -> assertThat(((ConfigException) e).path()).isEqualTo("credentials[0].token"));
        assertThatThrownBy(() -> parser.parse("backends:\n  - {name: a, transport: stdio, command: x, enabled: maybe}"))
                .satisfies(e -> assertThat(((ConfigException) e).path()).isEqualTo("backends[0].enabled"));
        assertThatThrownBy(() -> parser.parse("backends: {name: a}"))
                .satisfies(e -> assertThat(((ConfigException) e).path()).isEqualTo("backends"));
    }

    @Test
    void rejectsDuplicateNames() {
        assertThatThrownBy(() -> parser.parse("""
                backends:
                  - {name: a, transport: stdio, command: x}
                  - {name: a, transport: stdio, command: y}
                """)).hasMessageContaining("backends[1].name").hasMessageContaining("duplicate");
    }

    @Test
    void malformedYamlSaysWhere() {
        assertThatThrownBy(() -> parser.parse("backends: [\n  - {")).hasMessageContaining("not valid YAML (line");
    }

    @Test
    void parsedDocumentsNeverShowSecrets() {
        ConfigDocument doc = parser.parse("""
                credentials:
                  - {name: tok, kind: bearer, token: "${REMOTE_TOKEN}"}
                  - {name: proc, kind: env, env: {API_KEY: "${KEY}"}}
                  - {name: hdr, kind: headers, headers: {X-Key: "${KEY}"}}
                """);

        assertThat(doc.toString()).contains("tok", "API_KEY", "X-Key").doesNotContain("tok-from-env", "k-secret");
        assertThat(new ConfigChange.ReplaceCredential(doc.credentials().get(1)).toString()).doesNotContain("k-secret");
    }

    @Test
    void secretsNeverAppearInErrors() {
        assertThatThrownBy(() -> parser.parse("credentials:\n  - {name: c, kind: bearer, token: \"${KEY}\", headers: {A: b}}"))
                .hasMessageNotContaining("k-secret");
    }
}
