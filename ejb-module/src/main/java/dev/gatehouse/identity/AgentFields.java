package dev.gatehouse.identity;

import dev.gatehouse.registry.BackendSpec;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An agent as the API and the YAML file spell it, flat and unchecked, turned into an
 * {@link AgentSpec} by {@link #toSpec()}, which names the offending field on any error.
 * Whether the named backends exist is checked by the {@link AgentRegistry}.
 *
 * @param backends {@code null} means every backend; an empty list means none
 * @param enabled  {@code null} means enabled
 */
public record AgentFields(String name, String description, String user, List<String> backends, Boolean enabled) {
    private static final int MAX_DESCRIPTION = 1000;
    private static final int MAX_USER = 255;

    /** @throws InvalidAgentException naming the first invalid field */
    public AgentSpec toSpec() {
        if (name == null || name.isBlank()) {
            throw new InvalidAgentException("name", "name is required");
        }
        if (!BackendSpec.NAME.matcher(name).matches()) {
            throw new InvalidAgentException("name", "name must be 1-64 letters, digits, '-' or '_'");
        }
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new InvalidAgentException("description", "description must be at most " + MAX_DESCRIPTION + " characters");
        }
        String actsFor = user == null || user.isBlank() ? null : user.strip();
        if (actsFor != null && actsFor.length() > MAX_USER) {
            throw new InvalidAgentException("user", "user must be at most " + MAX_USER + " characters");
        }
        Set<String> scope = null;
        if (backends != null) {
            scope = new LinkedHashSet<>();
            for (int i = 0; i < backends.size(); i++) {
                String backend = backends.get(i);
                if (backend == null || !BackendSpec.NAME.matcher(backend).matches()) {
                    throw new InvalidAgentException("backends[" + i + "]", "not a backend name");
                }
                scope.add(backend);
            }
        }
        return new AgentSpec(name, description, actsFor, scope, enabled == null || enabled, 0);
    }
}
