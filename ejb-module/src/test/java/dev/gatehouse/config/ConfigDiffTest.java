package dev.gatehouse.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.gatehouse.registry.BackendSpec;
import dev.gatehouse.vault.BearerCredential;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigDiffTest {
    private final ConfigDocument doc = new ConfigParser(Map.of("REMOTE_TOKEN", "t1")::get).parse(ConfigParserTest.ISSUE_EXAMPLE);

    /** A store of our own: what the vault and the registry would hold after the changes. */
    private final Map<String, NamedCredential> credentials = new HashMap<>();
    private final Map<String, BackendSpec> backends = new HashMap<>();

    private final ConfigDiff.CredentialState state = new ConfigDiff.CredentialState() {
        @Override
        public boolean exists(String name) {
            return credentials.containsKey(name);
        }

        @Override
        public boolean holds(NamedCredential credential) {
            return credential.equals(credentials.get(credential.name()));
        }
    };

    private void apply(List<ConfigChange> changes) {
        for (ConfigChange change : changes) {
            switch (change) {
                case ConfigChange.CreateCredential c -> credentials.put(c.credential().name(), c.credential());
                case ConfigChange.ReplaceCredential c -> credentials.put(c.credential().name(), c.credential());
                case ConfigChange.CreateBackend b -> backends.put(b.spec().name(), withVersion(b.spec(), 1));
                case ConfigChange.UpdateBackend b -> backends.put(b.spec().name(),
                        withVersion(b.spec(), backends.get(b.spec().name()).version() + 1));
            }
        }
    }

    private static BackendSpec withVersion(BackendSpec s, long version) {
        return new BackendSpec(s.name(), s.enabled(), s.transport(), s.credential(), version);
    }

    @Test
    void firstApplyCreatesCredentialsBeforeBackends() {
        List<ConfigChange> changes = ConfigDiff.between(doc, backends, state);

        assertThat(changes).extracting(c -> c.action() + " " + c.name())
                .containsExactly("create-credential remote-token", "create-backend everything", "create-backend remote");
        assertThat(changes.getFirst()).isInstanceOf(ConfigChange.CreateCredential.class);
        assertThat(changes.subList(1, 3)).allMatch(c -> c instanceof ConfigChange.CreateBackend);
    }

    @Test
    void applyingTheSameFileTwiceChangesNothing() {
        apply(ConfigDiff.between(doc, backends, state));

        assertThat(ConfigDiff.between(doc, backends, state)).isEmpty();
        assertThat(backends.values()).allMatch(b -> b.version() == 1);
    }

    @Test
    void onlyWhatDiffersIsUpdated() {
        apply(ConfigDiff.between(doc, backends, state));
        ConfigDocument changed = new ConfigParser(Map.of("REMOTE_TOKEN", "t2")::get).parse(
                ConfigParserTest.ISSUE_EXAMPLE.replace("server-everything\"]", "server-everything\", \"stdio\"]"));

        List<ConfigChange> changes = ConfigDiff.between(changed, backends, state);

        assertThat(changes).containsExactly(
                new ConfigChange.ReplaceCredential(new NamedCredential("remote-token", new BearerCredential("t2"))),
                new ConfigChange.UpdateBackend(changed.backends().getFirst()));
    }

    @Test
    void entriesTheFileDoesNotMentionAreLeftAlone() {
        BackendSpec manual = new BackendFieldsFixture().manual();
        backends.put(manual.name(), manual);

        apply(ConfigDiff.between(doc, backends, state));

        assertThat(backends).containsEntry(manual.name(), manual).hasSize(3);
    }

    private static final class BackendFieldsFixture {
        BackendSpec manual() {
            return withVersion(new dev.gatehouse.registry.BackendFields("manual", "http", "http://127.0.0.1:9/mcp",
                    null, null, null, null, null).toSpec(), 4);
        }
    }
}
