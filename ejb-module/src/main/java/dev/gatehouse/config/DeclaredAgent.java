package dev.gatehouse.config;

import dev.gatehouse.identity.AgentSpec;
import dev.gatehouse.identity.PresentedKey;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the {@code agents:} section: the agent, and the hash of the key its
 * {@code apiKey:} pre-sets (the key itself is not kept past parsing).
 *
 * @param presetKey {@code null} when the entry sets no key
 */
public record DeclaredAgent(AgentSpec spec, PresentedKey presetKey) {
    public DeclaredAgent {
        Objects.requireNonNull(spec, "agent is required");
    }

    public Optional<PresentedKey> key() {
        return Optional.ofNullable(presetKey);
    }
}
