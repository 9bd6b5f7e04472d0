package dev.gatehouse.web.admin;

import dev.gatehouse.identity.AgentSpec;
import java.util.List;

/**
 * An agent as the API shows it.
 *
 * @param backends the backends it may use, or {@code null} for every backend
 */
public record AgentDetails(String name, String description, String user, List<String> backends, boolean enabled,
                           long version) {

    static AgentDetails of(AgentSpec spec) {
        return new AgentDetails(spec.name(), spec.description(), spec.user(),
                spec.backends() == null ? null : List.copyOf(spec.backends()), spec.enabled(), spec.version());
    }
}
