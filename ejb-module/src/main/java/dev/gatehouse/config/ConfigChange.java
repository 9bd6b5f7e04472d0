package dev.gatehouse.config;

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
        };
    }

    /** The name of the credential or backend it concerns. */
    default String name() {
        return switch (this) {
            case CreateCredential c -> c.credential().name();
            case ReplaceCredential c -> c.credential().name();
            case CreateBackend b -> b.spec().name();
            case UpdateBackend b -> b.spec().name();
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
}
