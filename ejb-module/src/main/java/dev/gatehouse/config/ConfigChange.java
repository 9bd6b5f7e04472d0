package dev.gatehouse.config;

import dev.gatehouse.identity.AgentSpec;
import dev.gatehouse.identity.PresentedKey;
import dev.gatehouse.registry.BackendSpec;

/** One write that applying a declarative file needs. Closed set, applied in list order. */
public sealed interface ConfigChange {
    /** What the change does, for reports: {@code create-credential}, {@code update-backend}, ... */
    default String action() {
        return switch (this) {
            case CreateCredential c -> "create-credential";
            case ReplaceCredential c -> "replace-credential";
            case CreateBackend b -> "create-backend";
            case UpdateBackend b -> "update-backend";
            case CreateAgent a -> "create-agent";
            case UpdateAgent a -> "update-agent";
            case InstallPresetKey k -> "install-preset-key";
            case CreatePolicy p -> "create-policy";
            case UpdatePolicy p -> "update-policy";
        };
    }

    /** The name of the credential, backend, agent or policy it concerns. */
    default String name() {
        return switch (this) {
            case CreateCredential c -> c.credential().name();
            case ReplaceCredential c -> c.credential().name();
            case CreateBackend b -> b.spec().name();
            case UpdateBackend b -> b.spec().name();
            case CreateAgent a -> a.spec().name();
            case UpdateAgent a -> a.spec().name();
            case InstallPresetKey k -> k.agent();
            case CreatePolicy p -> p.policy().name();
            case UpdatePolicy p -> p.policy().name();
        };
    }

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
