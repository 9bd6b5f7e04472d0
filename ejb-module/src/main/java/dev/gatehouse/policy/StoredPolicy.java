package dev.gatehouse.policy;

import java.time.LocalDateTime;

/**
 * A policy as the store hands it out: its current state and current version.
 *
 * @param name      unique name
 * @param enabled   whether it takes part in decisions
 * @param version   the current version number
 * @param source    the current Rego source
 * @param sha256    the current source's SHA-256 (hex)
 * @param author    who saved the current version
 * @param createdAt when the policy was created (UTC)
 * @param updatedAt when it last changed (UTC)
 */
public record StoredPolicy(String name, boolean enabled, int version, String source, String sha256, String author,
                           LocalDateTime createdAt, LocalDateTime updatedAt) {
}
