package dev.gatehouse.policy;

import java.time.LocalDateTime;

/**
 * One entry of a policy's version history.
 *
 * @param policy    the policy's name
 * @param number    the version number, from 1
 * @param source    the source of that version
 * @param sha256    its SHA-256 (hex)
 * @param author    who saved it
 * @param createdAt when (UTC)
 */
public record StoredVersion(String policy, int number, String source, String sha256, String author,
                            LocalDateTime createdAt) {
    static StoredVersion of(PolicyVersion v) {
        return new StoredVersion(v.policy(), v.number(), v.source(), v.sha256(), v.author(), v.createdAt());
    }
}
