package dev.gatehouse.identity;

/** An agent or one of its keys changed (or was deleted); cached verifications of it are stale. */
public record AgentChanged(String name) {
}
