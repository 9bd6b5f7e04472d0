package dev.gatehouse.gateway;

import dev.gatehouse.policy.Decision;
import java.util.Objects;

/** A request was denied by the policies (or their evaluation failed); the backend was not contacted. */
public class PolicyDeniedException extends RuntimeException {
    private final transient Decision decision;

    public PolicyDeniedException(Decision decision) {
        super((decision instanceof Decision.Error ? "denied: policy evaluation failed: " : "denied by policy: ")
                + String.join("; ", decision.reasons()));
        if (decision.allowed()) {
            throw new IllegalArgumentException("an allowed decision is not a denial");
        }
        this.decision = Objects.requireNonNull(decision);
    }

    public Decision decision() {
        return decision;
    }
}
