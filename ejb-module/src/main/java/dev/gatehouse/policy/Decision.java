package dev.gatehouse.policy;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of one decision: allowed, denied with reasons, or failed (an evaluation error or
 * an exceeded budget, which denies: decisions fail closed). Each carries the policy versions
 * ({@code name@version}) that decided; empty when the configured default decided.
 */
public sealed interface Decision {

    /** The policy versions that decided, {@code name@version}. */
    List<String> policyVersions();

    /** The wire form of the decision: {@code allow}, {@code deny} or {@code error}. */
    String wire();

    /** Why the call was denied or failed; empty when allowed. */
    List<String> reasons();

    default boolean allowed() {
        return this instanceof Allow;
    }

    /** Every policy allowed (or the default is allow). */
    record Allow(List<String> policyVersions) implements Decision {
        public Allow {
            policyVersions = List.copyOf(policyVersions);
        }

        @Override
        public String wire() {
            return "allow";
        }

        @Override
        public List<String> reasons() {
            return List.of();
        }
    }

    /** At least one policy denied (or the default is deny); never without a reason. */
    record Deny(List<String> reasons, List<String> policyVersions) implements Decision {
        public Deny {
            reasons = List.copyOf(reasons);
            policyVersions = List.copyOf(policyVersions);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("a denial needs a reason");
            }
        }

        @Override
        public String wire() {
            return "deny";
        }
    }

    /** A policy could not be evaluated; the call is denied with the error as the reason. */
    record Error(String reason, List<String> policyVersions) implements Decision {
        public Error {
            Objects.requireNonNull(reason, "the error is required");
            policyVersions = List.copyOf(policyVersions);
        }

        @Override
        public String wire() {
            return "error";
        }

        @Override
        public List<String> reasons() {
            return List.of(reason);
        }
    }
}
