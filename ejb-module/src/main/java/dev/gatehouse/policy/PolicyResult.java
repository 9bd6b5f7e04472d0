package dev.gatehouse.policy;

import java.util.List;
import java.util.Optional;

/**
 * What one policy said about one input.
 *
 * @param policy  the policy's name
 * @param version its version number (0 for an unsaved draft)
 * @param allow   the value of its {@code allow} rule; empty when the policy defines no
 *                {@code allow} rule, {@code false} when it defines one that did not match
 * @param deny    the messages of its {@code deny} set, sorted
 * @param error   the evaluation error, when there was one
 */
public record PolicyResult(String policy, int version, Optional<Boolean> allow, List<String> deny, Optional<String> error) {
    public PolicyResult {
        allow = allow == null ? Optional.empty() : allow;
        deny = deny == null ? List.of() : List.copyOf(deny);
        error = error == null ? Optional.empty() : error;
    }

    /** {@code name@version}, as decisions and the audit log name policy versions. */
    public String label() {
        return policy + "@" + version;
    }

    /** Whether this policy lets the call through: no error, {@code allow} true if defined, no deny message. */
    public boolean permits() {
        return error.isEmpty() && allow.orElse(true) && deny.isEmpty();
    }
}
