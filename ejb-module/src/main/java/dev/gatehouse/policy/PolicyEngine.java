package dev.gatehouse.policy;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The policy decision point: the enabled policies, compiled once into an immutable
 * {@link PolicySet}, and decisions against it. {@link #install} swaps the whole set
 * atomically, so a decision always sees one consistent set and the next decision on every
 * session sees the new one. Plain Java; {@link PolicyDecisions} holds the container's instance.
 */
public final class PolicyEngine {
    private final AtomicLong generations = new AtomicLong();
    private final PolicySettings settings;
    private volatile PolicySet current;

    public PolicyEngine(PolicySettings settings) {
        this.settings = settings;
        this.current = new PolicySet(0, List.of(), settings);
    }

    /** The set decisions use now. */
    public PolicySet current() {
        return current;
    }

    public PolicySettings settings() {
        return settings;
    }

    /** Makes {@code policies} the enabled set, for the next decision on. */
    public PolicySet install(List<CompiledPolicy> policies) {
        return install(policies, List.of());
    }

    /** Installs a set in which the {@code broken} policies fail every decision (see {@link PolicySet}). */
    public PolicySet install(List<CompiledPolicy> policies, List<PolicyResult> broken) {
        PolicySet set = new PolicySet(generations.incrementAndGet(), policies, broken, settings);
        current = set;
        return set;
    }

    /** Decides one request against the current set (the input is converted only when a policy is enabled). */
    public Evaluation decide(PolicyInput input) {
        return current.evaluate(input::toValue);
    }
}
