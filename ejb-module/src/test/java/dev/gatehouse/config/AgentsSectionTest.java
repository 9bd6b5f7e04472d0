package dev.gatehouse.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.gatehouse.identity.AgentSpec;
import dev.gatehouse.identity.PresentedKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AgentsSectionTest {
    static final String SUPPORT_KEY = "sk-support-0123456789abcdefghijklmnopqrstuv";
    static final String FILE = ConfigParserTest.ISSUE_EXAMPLE + """
            agents:
              - name: support-bot
                description: answers tickets
                user: alice
                backends: [everything, remote]
                enabled: true
                apiKey: ${SUPPORT_BOT_KEY}
              - name: reporter
            """;

    private final Map<String, String> env = new HashMap<>(Map.of("REMOTE_TOKEN", "t1", "SUPPORT_BOT_KEY", SUPPORT_KEY));

    /** What the agent registry would hold after the changes. */
    private final Map<String, AgentSpec> agents = new HashMap<>();
    private final Map<String, String> presetKeys = new HashMap<>();
    private final ConfigDiff.AgentState state = new ConfigDiff.AgentState() {
        @Override
        public Optional<AgentSpec> agent(String name) {
            return Optional.ofNullable(agents.get(name));
        }

        @Override
        public boolean holdsPresetKey(String agent, String keyId) {
            return keyId.equals(presetKeys.get(agent));
        }
    };

    private ConfigDocument parse() {
        return new ConfigParser(env::get).parse(FILE);
    }

    private List<ConfigChange> agentChanges(ConfigDocument doc) {
        return ConfigDiff.between(doc, Map.of(), new ConfigDiff.CredentialState() {
            @Override
            public boolean exists(String name) {
                return true;
            }

            @Override
            public boolean holds(NamedCredential credential) {
                return true;
            }
        }, state).stream().filter(c -> !(c instanceof ConfigChange.CreateBackend)).toList();
    }

    private void apply(List<ConfigChange> changes) {
        for (ConfigChange change : changes) {
            switch (change) {
                case ConfigChange.CreateAgent a -> agents.put(a.spec().name(), a.spec());
                case ConfigChange.UpdateAgent a -> agents.put(a.spec().name(), a.spec());
                case ConfigChange.InstallPresetKey k -> presetKeys.put(k.agent(), k.key().id());
                default -> throw new AssertionError("unexpected " + change);
            }
        }
    }

    @Test
    void readsAgentsWithTheirBackendsUserAndHashedKey() {
        ConfigDocument doc = parse();

        assertThat(doc.agents()).hasSize(2);
        DeclaredAgent support = doc.agents().getFirst();
        assertThat(support.spec()).isEqualTo(new AgentSpec("support-bot", "answers tickets", "alice",
                Set.of("everything", "remote"), true, 0));
        assertThat(support.key()).hasValueSatisfying(k -> {
            assertThat(k.id()).startsWith("p");
            assertThat(k).isEqualTo(PresentedKey.parse(SUPPORT_KEY).orElseThrow());
        });
        assertThat(doc.agents().get(1).spec().backends()).as("no backends key: every backend").isNull();
        assertThat(doc.agents().get(1).key()).isEmpty();
        assertThat(doc.toString()).doesNotContain(SUPPORT_KEY);
    }

    @Test
    void applyingTheSameAgentsTwiceChangesNothing() {
        List<ConfigChange> first = agentChanges(parse());
        assertThat(first).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("CreateAgent", "InstallPresetKey", "CreateAgent");
        apply(first);

        assertThat(agentChanges(parse())).isEmpty();
    }

    @Test
    void aChangedKeyOrDefinitionIsOneChangeEach() {
        apply(agentChanges(parse()));
        env.put("SUPPORT_BOT_KEY", SUPPORT_KEY + "-rotated");

        List<ConfigChange> changes = agentChanges(new ConfigParser(env::get).parse(FILE.replace("answers tickets", "triage")));

        assertThat(changes).extracting(c -> c.getClass().getSimpleName()).containsExactly("UpdateAgent", "InstallPresetKey");
    }

    @Test
    void rejectsShortKeysUnknownKeysAndDuplicatesWithTheirPath() {
        env.put("SUPPORT_BOT_KEY", "short");
        assertThatThrownBy(this::parse).isInstanceOf(ConfigException.class)
                .hasMessageContaining("agents[0].apiKey").hasMessageNotContaining("short");
        assertThatThrownBy(() -> new ConfigParser(env::get).parse("agents: [{name: a, scopes: [x]}]"))
                .hasMessageContaining("agents[0].scopes");
        assertThatThrownBy(() -> new ConfigParser(env::get).parse("agents: [{name: a}, {name: a}]"))
                .hasMessageContaining("agents[1].name");
        assertThatThrownBy(() -> new ConfigParser(env::get).parse("agents: [{name: a, backends: [\"no pe\"]}]"))
                .hasMessageContaining("agents[0].backends[1]".replace("[1]", "[0]"));
    }

    @Test
    void refusesOneKeyForTwoAgents() {
        String yaml = """
                agents:
                  - {name: a, apiKey: "%s"}
                  - {name: b, apiKey: "%s"}
                """.formatted(SUPPORT_KEY, SUPPORT_KEY);
        assertThatThrownBy(() -> new ConfigParser(env::get).parse(yaml)).hasMessageContaining("agents[1].apiKey");
    }
}
