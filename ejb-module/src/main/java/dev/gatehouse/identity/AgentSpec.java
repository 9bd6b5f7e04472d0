package dev.gatehouse.identity;

import dev.gatehouse.registry.BackendSpec;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An immutable view of one agent: who it is and what it may reach.
 *
 * @param name        unique; the same pattern as backend names
 * @param description free text, possibly empty
 * @param user        the user the agent acts for, or {@code null}
 * @param backends    the backends it may use (sorted), or {@code null} for every backend
 * @param enabled     a disabled agent's keys are refused
 * @param version     increases on every change
 */
public record AgentSpec(String name, String description, String user, Set<String> backends, boolean enabled,
                        long version) {

    public AgentSpec {
        Objects.requireNonNull(name, "name is required");
        if (!BackendSpec.NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("name must be 1-64 letters, digits, '-' or '_'");
        }
        description = description == null ? "" : description;
        backends = backends == null ? null : java.util.Collections.unmodifiableSortedSet(new TreeSet<>(backends));
    }

    public Optional<String> actsFor() {
        return Optional.ofNullable(user);
    }

    /** The principal a request authenticated as this agent carries. */
    public Principal principal() {
        return Principal.agent(name, user, backends);
    }

    /** Equal apart from the version. */
    public boolean sameDefinition(AgentSpec other) {
        return name.equals(other.name) && description.equals(other.description) && Objects.equals(user, other.user)
                && Objects.equals(backends, other.backends) && enabled == other.enabled;
    }
}
