package dev.gatehouse.config;

import dev.gatehouse.identity.AgentSpec;
import dev.gatehouse.identity.PresentedKey;
import dev.gatehouse.registry.BackendSpec;

/** One write that applying a declarative file needs. Closed set, applied in list order. */
public sealed interface ConfigChange {
    /** A credential the store does not have yet. */
    record CreateCredential(NamedCredential credential) implements ConfigChange {
    }

    /** A stored credential whose kind or secrets differ from the file. */
    record ReplaceCredential(NamedCredential credential) implements ConfigChange {
    }

    /** A backend the registry does not have yet. */
    record CreateBackend(BackendSpec spec) implements ConfigChange {
    }

    /** A registered backend whose transport, credential or enabled flag differ from the file. */
    record UpdateBackend(BackendSpec spec) implements ConfigChange {
    }

    /** An agent the registry does not have yet. */
    record CreateAgent(AgentSpec spec) implements ConfigChange {
    }

    /** A registered agent whose description, user, backends or enabled flag differ from the file. */
    record UpdateAgent(AgentSpec spec) implements ConfigChange {
    }

    /** The agent's pre-set key differs from the file's {@code apiKey} (or it has none yet). */
    record InstallPresetKey(String agent, PresentedKey key) implements ConfigChange {
    }

    /** A policy the store does not have yet. */
    record CreatePolicy(DeclaredPolicy policy) implements ConfigChange {
    }

    /** A stored policy whose source or enabled flag differ from the file. */
    record UpdatePolicy(DeclaredPolicy policy) implements ConfigChange {
    }
}
