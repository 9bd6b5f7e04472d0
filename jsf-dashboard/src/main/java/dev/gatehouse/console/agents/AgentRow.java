package dev.gatehouse.console.agents;

import dev.gatehouse.identity.AgentSpec;
import dev.gatehouse.identity.ApiKeyDescription;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One line of the agents list.
 *
 * @param backends   the backends it may use, or {@code null} for every backend
 * @param activeKeys keys that have not expired
 * @param lastUse    the latest recorded use of any of its keys (UTC), or {@code null} when never used
 */
public record AgentRow(String name, String description, String user, boolean enabled, List<String> backends,
                       int activeKeys, LocalDateTime lastUse) implements Serializable {

    static AgentRow of(AgentSpec agent, List<ApiKeyDescription> keys, LocalDateTime nowUtc) {
        int active = (int) keys.stream().filter(k -> KeyRow.active(k, nowUtc)).count();
        LocalDateTime last = keys.stream().map(ApiKeyDescription::lastUsedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        return new AgentRow(agent.name(), agent.description(), agent.user(), agent.enabled(),
                agent.backends() == null ? null : List.copyOf(agent.backends()), active, last);
    }

    /** Whether it may use every backend (no scope). */
    public boolean unscoped() {
        return backends == null;
    }
}
