package dev.gatehouse.config;

import dev.gatehouse.identity.AgentSpec;
import dev.gatehouse.registry.BackendSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the writes that bring the stored state to a declarative file: only entries that are
 * missing or differ, so a second apply of the same file yields no change at all. Credentials
 * come before backends (backends reference them), backends before agents (agents name them),
 * and an agent before its pre-set key. Entries the file does not mention are left
 * alone: the file adds and updates, it never deletes.
 */
public final class ConfigDiff {

    /** What the diff needs to know about stored credentials, without seeing their secrets. */
    public interface CredentialState {
        boolean exists(String name);

        /** Whether the stored credential equals {@code credential} (kind and every secret). */
        boolean holds(NamedCredential credential);
    }

    /** What the diff needs to know about stored agents and their pre-set keys. */
    public interface AgentState {
        /** Nothing stored: every agent is new. */
        AgentState NONE = new AgentState() {
            @Override
            public Optional<AgentSpec> agent(String name) {
                return Optional.empty();
            }

            @Override
            public boolean holdsPresetKey(String agent, String keyId) {
                return false;
            }
        };

        Optional<AgentSpec> agent(String name);

        /** Whether the agent's one pre-set key has this id (ids of pre-set keys derive from the key). */
        boolean holdsPresetKey(String agent, String keyId);
    }

    private ConfigDiff() {
    }

    public static List<ConfigChange> between(ConfigDocument desired, Map<String, BackendSpec> backends,
                                             CredentialState credentials) {
        return between(desired, backends, credentials, AgentState.NONE, Map.of());
    }

    public static List<ConfigChange> between(ConfigDocument desired, Map<String, BackendSpec> backends,
                                             CredentialState credentials, AgentState agents) {
        return between(desired, backends, credentials, agents, Map.of());
    }

    /**
     * With the stored policies (name to enabled flag and current source): a policy is written
     * only when it is missing or its source or flag differ, so an unchanged source never
     * becomes a new version.
     */
    public static List<ConfigChange> between(ConfigDocument desired, Map<String, BackendSpec> backends,
                                             CredentialState credentials, AgentState agents,
                                             Map<String, DeclaredPolicy> policies) {
        List<ConfigChange> changes = new ArrayList<>();
        for (NamedCredential credential : desired.credentials()) {
            if (!credentials.exists(credential.name())) {
                changes.add(new ConfigChange.CreateCredential(credential));
            } else if (!credentials.holds(credential)) {
                changes.add(new ConfigChange.ReplaceCredential(credential));
            }
        }
        for (BackendSpec spec : desired.backends()) {
            Optional<BackendSpec> current = Optional.ofNullable(backends.get(spec.name()));
            if (current.isEmpty()) {
                changes.add(new ConfigChange.CreateBackend(spec));
            } else if (!sameDefinition(current.get(), spec)) {
                changes.add(new ConfigChange.UpdateBackend(spec));
            }
        }
        for (DeclaredAgent declared : desired.agents()) {
            AgentSpec spec = declared.spec();
            Optional<AgentSpec> current = agents.agent(spec.name());
            if (current.isEmpty()) {
                changes.add(new ConfigChange.CreateAgent(spec));
            } else if (!current.get().sameDefinition(spec)) {
                changes.add(new ConfigChange.UpdateAgent(spec));
            }
            declared.key().filter(key -> current.isEmpty() || !agents.holdsPresetKey(spec.name(), key.id()))
                    .ifPresent(key -> changes.add(new ConfigChange.InstallPresetKey(spec.name(), key)));
        }
        for (DeclaredPolicy policy : desired.policies()) {
            DeclaredPolicy stored = policies.get(policy.name());
            if (stored == null) {
                changes.add(new ConfigChange.CreatePolicy(policy));
            } else if (!stored.equals(policy)) {
                changes.add(new ConfigChange.UpdatePolicy(policy));
            }
        }
        return changes;
    }

    /** Equal apart from the version. */
    static boolean sameDefinition(BackendSpec stored, BackendSpec wanted) {
        return stored.enabled() == wanted.enabled()
                && stored.transport().equals(wanted.transport())
                && java.util.Objects.equals(stored.credential(), wanted.credential());
    }
}
