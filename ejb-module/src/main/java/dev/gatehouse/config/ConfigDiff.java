package dev.gatehouse.config;

import dev.gatehouse.registry.BackendSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the writes that bring the stored state to a declarative file: only entries that are
 * missing or differ, so a second apply of the same file yields no change at all. Credentials
 * come before backends (backends reference them). Entries the file does not mention are left
 * alone: the file adds and updates, it never deletes.
 */
public final class ConfigDiff {

    /** What the diff needs to know about stored credentials, without seeing their secrets. */
    public interface CredentialState {
        boolean exists(String name);

        /** Whether the stored credential equals {@code credential} (kind and every secret). */
        boolean holds(NamedCredential credential);
    }

    private ConfigDiff() {
    }

    public static List<ConfigChange> between(ConfigDocument desired, Map<String, BackendSpec> backends,
                                             CredentialState credentials) {
        return between(desired, backends, credentials, Map.of());
    }

    /**
     * As above, with the stored policies (name to enabled flag and current source): a policy
     * is written only when it is missing or its source or flag differ, so an unchanged source
     * never becomes a new version.
     */
    public static List<ConfigChange> between(ConfigDocument desired, Map<String, BackendSpec> backends,
                                             CredentialState credentials, Map<String, DeclaredPolicy> policies) {
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
