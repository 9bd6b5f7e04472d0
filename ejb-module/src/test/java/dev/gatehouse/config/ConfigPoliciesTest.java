package dev.gatehouse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.registry.BackendSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigPoliciesTest {
    private static final String DENY_ADD = """
            package gatehouse.tools
            import rego.v1
            deny contains "add is off" if input.tool.name == "add"
            """;
    private static final String YAML = """
            policies:
              - name: no-add
                source: |
                  package gatehouse.tools
                  import rego.v1
                  deny contains "add is off" if input.tool.name == "add"
              - name: groups
                enabled: false
                file: policies/groups.rego
            """;
    private static final String GROUPS = "package gatehouse.groups\nimport rego.v1\ndefault allow := false\n"
            + "allow if \"support\" in input.principal.groups\n";

    private final Map<String, String> files = new HashMap<>(Map.of("policies/groups.rego", GROUPS));
    private final ConfigParser parser = new ConfigParser(name -> null, path -> {
        String text = files.get(path);
        if (text == null) {
            throw new IllegalArgumentException("no such file");
        }
        return text;
    });
    private final ConfigDiff.CredentialState noCredentials = new ConfigDiff.CredentialState() {
        @Override
        public boolean exists(String name) {
            return false;
        }

        @Override
        public boolean holds(NamedCredential credential) {
            return false;
        }
    };

    @Test
    void readsInlineAndFilePolicies() {
        ConfigDocument doc = parser.parse(YAML);

        assertThat(doc.policies()).containsExactly(new DeclaredPolicy("no-add", true, DENY_ADD),
                new DeclaredPolicy("groups", false, GROUPS));
    }

    @Test
    void aPolicyThatDoesNotCompileNamesItsPathAndPosition() {
        assertThatThrownBy(() -> parser.parse("""
                policies:
                  - name: broken
                    source: |
                      package x
                      allow if { input.x == y }
                """)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("policies[0].source").hasMessageContaining("broken.rego:2");
    }

    @Test
    void needsSourceOrFileAndAReadableFile() {
        assertThatThrownBy(() -> parser.parse("policies:\n  - name: none\n")).hasMessageContaining("policies[0]")
                .hasMessageContaining("either source or file");
        assertThatThrownBy(() -> parser.parse("policies:\n  - name: gone\n    file: missing.rego\n"))
                .hasMessageContaining("policies[0].file").hasMessageContaining("missing.rego");
    }

    @Test
    void applyingTheSameFileTwiceWritesNoNewVersion() {
        ConfigDocument doc = parser.parse(YAML);
        Map<String, DeclaredPolicy> stored = new HashMap<>();
        List<ConfigChange> first = ConfigDiff.between(doc, Map.<String, BackendSpec>of(), noCredentials, ConfigDiff.AgentState.NONE, stored);
        assertThat(first).hasSize(2).allMatch(c -> c instanceof ConfigChange.CreatePolicy);
        doc.policies().forEach(p -> stored.put(p.name(), p));

        assertThat(ConfigDiff.between(doc, Map.of(), noCredentials, ConfigDiff.AgentState.NONE, stored)).isEmpty();

        files.put("policies/groups.rego", GROUPS.replace("support", "sales"));
        assertThat(ConfigDiff.between(parser.parse(YAML), Map.of(), noCredentials, ConfigDiff.AgentState.NONE, stored))
                .singleElement().isInstanceOfSatisfying(ConfigChange.UpdatePolicy.class,
                        u -> assertThat(u.policy().source()).contains("sales"));
    }
}
